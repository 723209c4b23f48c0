// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { WrapUpForm } from '../../../renderer/handout/WrapUpForm';
import type { WrapUpDetails } from '../../../renderer/handout/wrap-up';
import { DEFAULT_TEMPLATE_ID, defaultTemplate } from '../../../shared/handout/template';

afterEach(cleanup);

const filledIn: WrapUpDetails = {
  language: 'en',
  clientName: 'Ana Ruiz',
  date: '2026-11-22',
  areas: {},
  handsOnMinutes: '45',
  painBefore: '6',
  painAfter: '3',
  cautions: [],
  deepWork: null,
  followUpPlan: null,
  nextAppointment: '',
  note: '',
  templateId: DEFAULT_TEMPLATE_ID,
};

/** The form as the Handout screen holds it: its details in state, and how many times it asked to write. */
function openForm(details: Partial<WrapUpDetails>) {
  const written: WrapUpDetails[] = [];
  function Holder() {
    const [current, setCurrent] = useState<WrapUpDetails>({ ...filledIn, ...details });
    return <WrapUpForm details={current} onChange={setCurrent} templates={[defaultTemplate]} onWrite={() => written.push(current)} />;
  }
  render(<Holder />);
  return { written, write: () => fireEvent.click(screen.getByRole('button', { name: 'Write the handout' })) };
}

describe('the handout details form', () => {
  it('says in its own words that the session date is missing, and writes nothing until it is given', () => {
    const { written, write } = openForm({ date: '' });
    const date = screen.getByLabelText('Session date');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Give the session date.');
    // The browser's own check ("Please fill out this field") never speaks for the form.
    expect(date.hasAttribute('required')).toBe(false);

    write();
    expect(written).toEqual([]);
    expect(document.activeElement).toBe(date);

    fireEvent.change(date, { target: { value: '2026-11-23' } });
    expect(screen.queryByRole('alert')).toBeNull();
    write();
    expect(written.map((details) => details.date)).toEqual(['2026-11-23']);
  });

  it('waits while a date is being typed, and says what is missing once the field is left or Write is pressed', () => {
    const { written, write } = openForm({});
    const date = screen.getByLabelText('Session date');
    date.focus();
    // Half typed, a date field holds no value: the form says nothing yet.
    fireEvent.change(date, { target: { value: '' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(date.hasAttribute('aria-invalid')).toBe(false);

    fireEvent.blur(date);
    expect(screen.getByRole('alert').textContent).toBe('Give the session date.');

    // Typing again into the empty field changes no value, only keys are pressed.
    date.focus();
    fireEvent.keyDown(date, { key: '1' });
    expect(screen.queryByRole('alert')).toBeNull();
    write();
    expect(written).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Give the session date.');
    expect(document.activeElement).toBe(date);
  });

  it('takes the therapist to the first answer that needs changing when Write is pressed', () => {
    const { written, write } = openForm({ painBefore: '12', painAfter: 'x' });
    write();
    expect(written).toEqual([]);
    expect(document.activeElement).toBe(screen.getByLabelText('Pain before (0-10)'));
  });
});

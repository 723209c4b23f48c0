// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Amendment, SessionRecord } from '../../../shared/record/record';
import type { Session } from '../../../shared/session/session';
import { AmendForm } from '../../../renderer/record/AmendForm';
import { sessionWith, T0 } from '../../helpers/sessions';
import { deferred, fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const soap = { subjective: 'Stiff neck after a long drive.', objective: 'Tight upper traps.', assessment: 'Eased; pain after 2/10.', plan: 'Neck stretches twice a day.' };

function signedSession(amendments: Amendment[] = []): Session {
  const record: SessionRecord = { painAfter: 2, soap, savedAt: T0 + 90_000, signature: { at: T0 + 90_000, by: 'Mia Ross' }, amendments };
  return { ...sessionWith([{ type: 'start', at: T0 }, { type: 'finish', at: T0 + 60_000 }]), record };
}

/** The form on a signed session, holding whatever session the back end answers with. */
function amending(first: Session, answer: (request: { field: string; text?: string; painAfter?: number; reason: string; by: string }) => Session | Promise<Session>) {
  const fake = fakeBridge({ 'record.amend': (request) => answer(request as never) });
  function Holder() {
    const [session, setSession] = useState(first);
    return <AmendForm session={session} onSession={setSession} />;
  }
  renderWithBridge(<Holder />, fake);
  const form = screen.getByRole('form', { name: 'Amend the record' });
  return {
    fake,
    part: within(form).getByRole('combobox', { name: 'Part to amend' }) as HTMLSelectElement,
    text: () => within(form).getByRole('textbox', { name: 'Amended text' }) as HTMLTextAreaElement,
    reason: within(form).getByRole('textbox', { name: 'Reason' }),
    button: within(form).getByRole('button', { name: 'Add amendment' }),
  };
}

const withAmendment = (session: Session, amendment: Amendment): Session => ({ ...session, record: { ...session.record!, amendments: [...session.record!.amendments, amendment] } });

describe('amending a signed record', () => {
  it('starts on the first part of the note, with its text as signed in the box to edit', () => {
    const form = amending(signedSession(), () => signedSession());
    expect(form.part.value).toBe('subjective');
    expect(within(form.part).getByRole('option', { selected: true }).textContent).toBe('Subjective');
    expect(form.text().value).toBe(soap.subjective);
  });

  it('choosing a part fills the box with that part as the note reads now, earlier amendments included', () => {
    const earlier: Amendment = { at: T0 + 100_000, by: 'Mia Ross', reason: 'client phoned', field: 'plan', text: 'Neck stretches three times a day.' };
    const form = amending(signedSession([earlier]), () => signedSession());
    fireEvent.change(form.text(), { target: { value: 'typed over' } });
    fireEvent.change(form.part, { target: { value: 'objective' } });
    expect(form.text().value).toBe(soap.objective);
    fireEvent.change(form.part, { target: { value: 'plan' } });
    expect(form.text().value).toBe('Neck stretches three times a day.');
    fireEvent.change(form.part, { target: { value: 'painAfter' } });
    expect((screen.getByRole('spinbutton', { name: 'Corrected pain after (0-10)' }) as HTMLInputElement).value).toBe('2');
  });

  it('a therapist who adds one sentence keeps the rest of the section: the amendment holds the whole edited text', async () => {
    const form = amending(signedSession(), (request) => withAmendment(signedSession(), { at: T0 + 100_000, ...(request as { field: 'subjective'; text: string; reason: string; by: string }) }));
    fireEvent.change(form.text(), { target: { value: `${soap.subjective} Also a headache since Tuesday.` } });
    fireEvent.change(form.reason, { target: { value: 'client remembered' } });
    fireEvent.click(form.button);
    await screen.findByText('Amendment added.');
    expect(form.fake.callsTo('record.amend')).toEqual([
      { sessionId: 's-test', by: 'Mia Ross', reason: 'client remembered', field: 'subjective', text: 'Stiff neck after a long drive. Also a headache since Tuesday.' },
    ]);
    // The box goes on showing the part as it now reads, ready for the next change.
    expect(form.text().value).toBe('Stiff neck after a long drive. Also a headache since Tuesday.');
  });

  it('a double click adds the amendment once: the button waits while it is being added', async () => {
    const answer = deferred<Session>();
    const form = amending(signedSession(), () => answer.promise);
    fireEvent.change(form.text(), { target: { value: 'Stiff neck.' } });
    fireEvent.change(form.reason, { target: { value: 'shorter' } });
    fireEvent.click(form.button);
    fireEvent.click(form.button);
    fireEvent.submit(screen.getByRole('form', { name: 'Amend the record' }));
    // Still focusable while it waits, so the keyboard's place on the page is not lost.
    expect(form.button.getAttribute('aria-disabled')).toBe('true');
    expect(form.fake.callsTo('record.amend')).toHaveLength(1);
    answer.resolve(withAmendment(signedSession(), { at: T0 + 100_000, by: 'Mia Ross', reason: 'shorter', field: 'subjective', text: 'Stiff neck.' }));
    await screen.findByText('Amendment added.');
    await vi.waitFor(() => expect(form.button.getAttribute('aria-disabled')).toBe('false'));
    expect(form.fake.callsTo('record.amend')).toHaveLength(1);
  });

  it('an amendment that changes nothing is not added, and the box says why', async () => {
    const form = amending(signedSession(), () => signedSession());
    fireEvent.change(form.reason, { target: { value: 'checked it' } });
    fireEvent.click(form.button);
    const message = 'The Subjective section reads the same as before: change its text, then add the amendment.';
    await vi.waitFor(() => expect(document.getElementById(form.text().getAttribute('aria-describedby') ?? '')?.textContent).toBe(message));
    expect(form.fake.callsTo('record.amend')).toEqual([]);
  });
});

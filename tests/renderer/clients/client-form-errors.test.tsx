// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/errors';
import { ClientForm } from '../../../renderer/clients/ClientForm';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const name = 'The name is needed.';
const birth = 'The date of birth is not a real date.';

function openNewClient(failure: ContractError) {
  const fake = fakeBridge({
    'clients.create': () => {
      throw failure;
    },
  });
  renderWithBridge(<ClientForm client={null} onSaved={() => undefined} onReload={() => undefined} />, fake);
  fireEvent.click(screen.getByRole('button', { name: 'Create client' }));
}

/** How many times a text is shown anywhere in the page. */
const shown = (text: string): number => (document.body.textContent ?? '').split(text).length - 1;

describe('a client that could not be saved', () => {
  it('one problem: said once, beside its field, which takes the focus', async () => {
    openNewClient(new ContractError({ code: 'invalid-request', message: name, issues: [{ path: 'fields.name', message: name }] }));
    const field = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(shown(name)).toBe(1);
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe(name);
  });

  it('a problem beside a field goes once that field is changed, and the field is no longer marked wrong', async () => {
    openNewClient(new ContractError({ code: 'invalid-request', message: name, issues: [{ path: 'fields.name', message: name }] }));
    const field = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.change(field, { target: { value: 'Ana Ruiz' } });
    expect(shown(name)).toBe(0);
    expect(field.hasAttribute('aria-invalid')).toBe(false);
  });

  it('several problems: each said once beside its field, with a list at the top that takes the person to each', async () => {
    const issues = [
      { path: 'fields.name', message: name },
      { path: 'fields.dateOfBirth', message: birth },
    ];
    openNewClient(new ContractError({ code: 'invalid-request', message: `${name} (1 more thing needs changing.)`, issues }));
    const summary = await screen.findByRole('navigation', { name: '2 things need changing' });
    expect(shown(name)).toBe(1);
    expect(shown(birth)).toBe(1);
    fireEvent.click(screen.getByRole('link', { name: 'Date of birth' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Date of birth (optional)'));
    expect(summary).toBeTruthy();
  });

  it('an edit another room saved first: says so at the top and offers the latest version', async () => {
    const message = 'Another room changed this client while you were editing.';
    openNewClient(new ContractError({ code: 'conflict', message }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(screen.getByRole('button', { name: 'Load the latest version' })).toBeTruthy();
  });

  it('a date of birth that does not exist (30 February) is said beside it and nothing is sent, rather than saved as no date', async () => {
    let sent = 0;
    const fake = fakeBridge({
      'clients.create': () => {
        sent += 1;
        throw new Error('not expected');
      },
    });
    renderWithBridge(<ClientForm client={null} onSaved={() => undefined} onReload={() => undefined} />, fake);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Maria Okonkwo' } });
    const birthField = screen.getByLabelText('Date of birth (optional)');
    // What Chromium's date field holds once 02/30/1985 is typed: no value, and input it could not read.
    Object.defineProperty(birthField, 'validity', { value: { badInput: true, valid: false } });
    fireEvent.click(screen.getByRole('button', { name: 'Create client' }));
    await waitFor(() => expect(document.activeElement).toBe(birthField));
    const said = 'That date of birth does not exist. Check the day and the month, or clear the field.';
    expect(document.getElementById(birthField.getAttribute('aria-describedby') ?? '')?.textContent).toBe(said);
    expect(sent).toBe(0);
  });
});

// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClientListing } from '../../../shared/clients/client';
import type { ResponseOf } from '../../../shared/contract/channels';
import { setComputerLocale } from '../../../shared/i18n/clock';
import { ClientForm } from '../../../renderer/clients/ClientForm';
import { ClientPicker } from '../../../renderer/clients/ClientPicker';
import { ClientsView } from '../../../renderer/clients/ClientsView';
import { storedClient } from '../../helpers/care';
import { T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge, withProviders } from '../render';

const listing = (id: string, name: string, more: Partial<ClientListing> = {}): ClientListing => ({
  id,
  name,
  archived: false,
  updatedAt: T0,
  createdAt: T0,
  dateOfBirth: '',
  contact: '',
  ...more,
});
const born1980 = listing('c-1', 'Ana Ruiz', { dateOfBirth: '1980-05-03', contact: '555 0101' });
const byMail = listing('c-2', 'Ana Ruiz', { contact: 'ana@example.org' });
const anabel = listing('c-3', 'Anabel Ortiz', { dateOfBirth: '1975-01-01' });
const answer = (...clients: ClientListing[]): ResponseOf<'clients.search'> => ({ clients, total: clients.length, found: clients.length, unreadable: [] });

/** The names of the options or buttons in a list, as they read. */
const namesIn = (list: HTMLElement, role: 'option' | 'button'): (string | null)[] => within(list).getAllByRole(role).map((each) => each.textContent);

beforeAll(() => setComputerLocale('en-GB'));
afterAll(() => setComputerLocale(null));

describe('two clients of the same name, where clients are chosen', () => {
  it('the room’s suggestions say what tells them apart, in the name a screen reader reads, and the one picked is the one meant', async () => {
    const onChange = vi.fn();
    renderWithBridge(<ClientPicker value={null} onChange={onChange} />, fakeBridge({ 'clients.search': () => answer(born1980, byMail, anabel) }));
    const search = screen.getByRole('combobox', { name: 'Client (optional)' });
    fireEvent.change(search, { target: { value: 'ana' } });
    const list = await screen.findByRole('listbox', { name: 'Matching clients' });
    // A name listed once stays as it is.
    await waitFor(() => expect(namesIn(list, 'option')).toEqual(['Ana Ruiz (born 3 May 1980)', 'Ana Ruiz (ana@example.org)', 'Anabel Ortiz']));
    fireEvent.click(screen.getByRole('option', { name: 'Ana Ruiz (ana@example.org)' }));
    expect(onChange).toHaveBeenCalledWith(byMail);
    expect(screen.getByRole('status').textContent).toBe('Ana Ruiz (ana@example.org) is this session’s client.');
  });

  it('the chosen client is named with what tells them apart', async () => {
    const fake = fakeBridge({ 'clients.search': () => answer(born1980, byMail) });
    const { rerender } = renderWithBridge(<ClientPicker value={null} onChange={() => undefined} />, fake);
    fireEvent.change(screen.getByRole('combobox', { name: 'Client (optional)' }), { target: { value: 'ana' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Ana Ruiz (born 3 May 1980)' }));
    rerender(withProviders(<ClientPicker value={born1980} onChange={() => undefined} />, fake));
    expect(screen.getByText('Ana Ruiz (born 3 May 1980)', { selector: 'strong' })).toBeTruthy();
  });

  it('the client list tells them apart too, and leaves other names alone', async () => {
    renderWithBridge(<ClientsView />, fakeBridge({ 'clients.search': () => answer(born1980, byMail, anabel) }));
    const found = await screen.findByRole('list', { name: 'Clients found' });
    await waitFor(() => expect(namesIn(found, 'button')).toEqual(['Ana Ruiz (born 3 May 1980)', 'Ana Ruiz (ana@example.org)', 'Anabel Ortiz']));
  });
});

describe('saving a client whose name another client has', () => {
  it('a new client of the same name is not saved at once: the warning names the existing client and what tells them apart', async () => {
    const onOpenClient = vi.fn();
    const fake = fakeBridge({ 'clients.sameName': () => ({ clients: [born1980] }), 'clients.create': () => storedClient({ id: 'c-9' }) });
    renderWithBridge(<ClientForm client={null} onSaved={() => undefined} onReload={() => undefined} onOpenClient={onOpenClient} />, fake);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: '  ana ruiz ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create client' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('There is already a client called Ana Ruiz (born 3 May 1980). Save anyway as a second client?');
    expect(fake.callsTo('clients.sameName')).toEqual([{ name: '  ana ruiz ' }]);
    expect(fake.callsTo('clients.create')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Open Ana Ruiz (born 3 May 1980)' }));
    expect(onOpenClient).toHaveBeenCalledWith('c-1');
    expect(fake.callsTo('clients.create')).toEqual([]);
  });

  it('Save as a second client saves it, once asked', async () => {
    const onSaved = vi.fn();
    const fake = fakeBridge({ 'clients.sameName': () => ({ clients: [born1980] }), 'clients.create': () => storedClient({ id: 'c-9' }) });
    renderWithBridge(<ClientForm client={null} onSaved={onSaved} onReload={() => undefined} />, fake);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Ana Ruiz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create client' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save as a second client' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(fake.callsTo('clients.create')).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('changing the name takes the warning away', async () => {
    const fake = fakeBridge({ 'clients.sameName': () => ({ clients: [born1980] }) });
    renderWithBridge(<ClientForm client={null} onSaved={() => undefined} onReload={() => undefined} />, fake);
    const name = screen.getByRole('textbox', { name: 'Name' });
    fireEvent.change(name, { target: { value: 'Ana Ruiz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create client' }));
    await screen.findByRole('alert');
    fireEvent.change(name, { target: { value: 'Ana Ruiz Soto' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a name no other client has is saved at once', async () => {
    const onSaved = vi.fn();
    const fake = fakeBridge({ 'clients.sameName': () => ({ clients: [] }), 'clients.create': () => storedClient({ id: 'c-9', name: 'Bo Lind' }) });
    renderWithBridge(<ClientForm client={null} onSaved={onSaved} onReload={() => undefined} />, fake);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Bo Lind' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create client' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renaming to a name another client has asks the same, leaving the client itself out; other edits do not ask', async () => {
    const bo = storedClient({ id: 'c-5', name: 'Bo Lind' });
    const fake = fakeBridge({ 'clients.sameName': () => ({ clients: [byMail] }), 'clients.update': ({ fields }) => ({ ...bo, ...fields, revision: 2 }) });
    renderWithBridge(<ClientForm client={bo} onSaved={() => undefined} onReload={() => undefined} />, fake);
    fireEvent.change(screen.getByRole('textbox', { name: 'Goals' }), { target: { value: 'Looser shoulders' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(fake.callsTo('clients.update')).toHaveLength(1));
    expect(fake.callsTo('clients.sameName')).toEqual([]);

    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Ana Ruiz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'There is already a client called Ana Ruiz (ana@example.org). Save this client under the same name anyway?',
    );
    expect(fake.callsTo('clients.sameName')).toEqual([{ name: 'Ana Ruiz', except: 'c-5' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(fake.callsTo('clients.update')).toHaveLength(2));
  });
});

// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ClientsView } from '../../../renderer/clients/ClientsView';
import { storedClient } from '../../helpers/care';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const ana = storedClient({ id: 'c-ana' });

function clinic() {
  return fakeBridge({
    'clients.search': () => ({ total: 0, found: 0, clients: [], unreadable: [] }),
    'clients.create': () => ana,
    'clients.get': () => ana,
    'clients.history': () => ({ client: ana, sessions: [] }),
  });
}

describe('the focus while adding a client by keyboard', () => {
  it('New client puts the focus in the Name field; once created, on the new client, never lost on the page', async () => {
    renderWithBridge(<ClientsView />, clinic());
    fireEvent.click(screen.getByRole('button', { name: 'New client' }));
    const form = screen.getByRole('form', { name: 'New client' });
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Name')));
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Ana Ruiz' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create client' }));
    const heading = await screen.findByRole('heading', { name: 'Ana Ruiz' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Client created.')).toBeTruthy();
  });

  it('Save changes keeps the keyboard on the client: the form starts afresh, so the focus goes to their name, with "Saved." below it', async () => {
    const fake = clinic();
    renderWithBridge(<ClientsView />, {
      ...fake,
      bridge: {
        ...fake.bridge,
        invoke: (async (channel: string, request: unknown) =>
          channel === 'clients.update' ? { ...ana, goals: 'Looser shoulders', revision: ana.revision + 1 } : fake.bridge.invoke(channel as never, request as never)) as typeof fake.bridge.invoke,
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'New client' }));
    const created = screen.getByRole('form', { name: 'New client' });
    fireEvent.change(within(created).getByLabelText('Name'), { target: { value: 'Ana Ruiz' } });
    fireEvent.click(within(created).getByRole('button', { name: 'Create client' }));
    const form = await screen.findByRole('form', { name: `Edit ${ana.name}` });
    const goals = within(form).getByLabelText('Goals');
    goals.focus();
    fireEvent.change(goals, { target: { value: 'Looser shoulders' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: ana.name, level: 2 })));
  });

  it('Enter in Find a client opens the one client found', async () => {
    const listed = { id: ana.id, name: ana.name, archived: false, updatedAt: ana.updatedAt };
    const fake = fakeBridge({
      'clients.search': () => ({ total: 1, found: 1, clients: [listed], unreadable: [] }),
      'clients.versions': () => ({ current: ana, others: [], earlier: [] }),
      'clients.history': () => ({ client: ana, sessions: [] }),
    });
    renderWithBridge(<ClientsView />, fake);
    await screen.findByRole('button', { name: ana.name });
    const search = screen.getByRole('searchbox', { name: 'Find a client' });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(fake.callsTo('clients.versions')).toEqual([{ clientId: ana.id }]));
  });
});

describe('a client created from the history of another', () => {
  it('opens on their details, where "Client created." is said, not on an empty history', async () => {
    const bo = storedClient({ id: 'c-bo', name: 'Bo Lind' });
    const listed = { id: ana.id, name: ana.name, archived: false, updatedAt: ana.updatedAt };
    renderWithBridge(
      <ClientsView />,
      fakeBridge({
        'clients.search': () => ({ total: 1, found: 1, clients: [listed], unreadable: [] }),
        'clients.versions': () => ({ current: ana, others: [], earlier: [] }),
        'clients.history': () => ({ client: ana, sessions: [] }),
        'clients.create': () => bo,
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: ana.name }));
    fireEvent.click(await screen.findByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'New client' }));
    const form = screen.getByRole('form', { name: 'New client' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Bo Lind' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create client' }));
    await screen.findByRole('heading', { name: 'Bo Lind' });
    expect(screen.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('Client created.')).toBeTruthy();
  });
});

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
});

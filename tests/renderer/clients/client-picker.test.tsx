// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ClientListing } from '../../../shared/clients/client';
import type { ResponseOf } from '../../../shared/contract/channels';
import { ClientPicker } from '../../../renderer/clients/ClientPicker';
import { deferred, fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const listing = (id: string, name: string): ClientListing => ({ id, name, archived: false, updatedAt: 0 });
const answer = (...clients: ClientListing[]): ResponseOf<'clients.search'> => ({ clients, total: clients.length, found: clients.length, unreadable: [] });

describe('the client search on the start panel', () => {
  it('while the search for the newest text is on its way, Enter picks nothing from the earlier one still known', async () => {
    const late = deferred<ResponseOf<'clients.search'>>();
    const fake = fakeBridge({
      'clients.search': ({ query }) => (query === 'an' ? answer(listing('c1', 'Andrew Moss')) : query === 'ana' ? late.promise : answer()),
    });
    const onChange = vi.fn();
    renderWithBridge(<ClientPicker value={null} onChange={onChange} />, fake);
    const search = screen.getByRole('combobox', { name: 'Client (optional)' });
    fireEvent.change(search, { target: { value: 'an' } });
    await screen.findByRole('option', { name: 'Andrew Moss' });

    fireEvent.change(search, { target: { value: 'ana' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.queryByRole('option', { name: 'Andrew Moss' })).toBeNull();

    await act(async () => late.resolve(answer(listing('c2', 'Ana Ruiz'))));
    await screen.findByRole('option', { name: 'Ana Ruiz' });
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(listing('c2', 'Ana Ruiz')));
  });
});

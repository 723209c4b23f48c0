// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClientListing } from '../../../shared/clients/client';
import { NameIndex } from '../../../shared/clients/name-index';
import { ClientsView } from '../../../renderer/clients/ClientsView';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

/** A clinic of 2,000 clients, 120 of them called Maria; the back end's own index answers. */
function clinic() {
  const index = new NameIndex();
  for (let n = 0; n < 2000; n += 1) {
    const listing: ClientListing = { id: `c-${n}`, name: n < 120 ? `Maria ${n}` : `Jonas ${n}`, archived: false, updatedAt: n };
    index.put(listing);
  }
  return fakeBridge({
    'clients.search': ({ query }) => {
      const { listings, found } = index.find(query);
      return { total: index.size, found, clients: listings, unreadable: [] };
    },
  });
}

describe('the client list of a large clinic', () => {
  it('says how many the search found and that typing more finds the ones not listed', async () => {
    renderWithBridge(<ClientsView />, clinic());
    expect(await screen.findByText('50 shown of 2000')).toBeDefined();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a client' }), { target: { value: 'mar' } });
    expect(await screen.findByText('50 shown of 120 found. Type more of the name to find the others.')).toBeDefined();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a client' }), { target: { value: 'maria 11' } });
    expect(await screen.findByText('11 found')).toBeDefined();
    expect(screen.getByRole('list', { name: 'Clients found' }).children).toHaveLength(11);
  });
});

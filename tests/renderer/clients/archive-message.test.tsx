// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ClientsView } from '../../../renderer/clients/ClientsView';
import { storedClient } from '../../helpers/care';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const ana = storedClient({ id: 'c-ana', name: 'Ana Ruiz' });

describe('archiving a client', () => {
  it('says the client was archived, and how to find them, then that they are back', async () => {
    const listed = { id: ana.id, name: ana.name, archived: false, updatedAt: ana.updatedAt };
    let archived = false;
    renderWithBridge(
      <ClientsView />,
      fakeBridge({
        'clients.search': () => ({ total: 1, found: 1, clients: [listed], unreadable: [] }),
        'clients.versions': () => ({ current: ana, others: [], earlier: [] }),
        'clients.archive': (request: { archived: boolean }) => {
          archived = request.archived;
          return { ...ana, archived, revision: ana.revision + (archived ? 1 : 2) };
        },
        'clients.history': () => ({ client: ana, sessions: [] }),
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Ana Ruiz' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    expect(await screen.findByText('Ana Ruiz is archived: tick Show archived to find them again.')).toBeTruthy();
    expect(screen.queryByText('Saved.')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Restore from archive' }));
    expect(await screen.findByText('Ana Ruiz is back from the archive.')).toBeTruthy();
  });
});

describe('the client list when the back end cannot answer', () => {
  it('says the list could not be loaded and what to do, never "0 shown of 0"', async () => {
    renderWithBridge(
      <ClientsView />,
      fakeBridge({
        'clients.search': () => {
          throw new Error('Stillpoint could not reach its back end. Check that it is still running, then try again.');
        },
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain('could not reach its back end');
    expect(screen.queryByText(/shown of/)).toBeNull();
  });
});

import { useState } from 'react';
import type { Client } from '../../shared/clients/client';
import { bridge } from '../bridge/bridge';
import { messageOf } from '../bridge/errors';
import { ClientHistory } from '../history/ClientHistory';
import { ClientForm } from './ClientForm';
import { useClientSearch } from './useClientSearch';
import '../styles/care.css';

type Selection = { kind: 'none' } | { kind: 'new' } | { kind: 'client'; client: Client };

/** Find, create, edit and archive clients; open a client's history. */
export function ClientsView() {
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [tab, setTab] = useState<'details' | 'history'>('details');
  const [error, setError] = useState<string | null>(null);
  const { results, total, unreadable } = useClientSearch(query, showArchived, refresh);

  async function open(clientId: string): Promise<void> {
    try {
      setSelection({ kind: 'client', client: await bridge.invoke('clients.get', { clientId }) });
      setError(null);
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  function saved(client: Client): void {
    setSelection({ kind: 'client', client });
    setRefresh((n) => n + 1);
  }

  async function toggleArchive(client: Client): Promise<void> {
    try {
      saved(await bridge.invoke('clients.archive', { clientId: client.id, revision: client.revision, archived: !client.archived }));
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  const current = selection.kind === 'client' ? selection.client : null;
  return (
    <div className="clients">
      <section aria-labelledby="clients-heading">
        <h1 id="clients-heading">Clients</h1>
        <label>
          Find a client
          <input type="search" value={query} maxLength={120} onChange={(event) => setQuery(event.target.value)} />
        </label>
        <label>
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} /> Show archived
        </label>
        <p>
          {results.length} shown of {total}
        </p>
        {unreadable.length > 0 ? (
          <p role="alert" className="form-error">
            {unreadable.length === 1 ? '1 client file' : `${unreadable.length} client files`} could not be read and {unreadable.length === 1 ? 'was' : 'were'} left untouched in the data folder: {unreadable.join(', ')}.
          </p>
        ) : null}
        <ul className="clients__list" aria-label="Clients found">
          {results.map((client) => (
            <li key={client.id}>
              <button type="button" className="small-button" aria-current={current?.id === client.id} onClick={() => void open(client.id)}>
                {client.name}
                {client.archived ? ' (archived)' : ''}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="big-button" onClick={() => setSelection({ kind: 'new' })}>
          New client
        </button>
      </section>
      <section aria-label="Client">
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        {selection.kind === 'new' ? <ClientForm key="new" client={null} onSaved={saved} onReload={() => undefined} /> : null}
        {current ? (
          <>
            <h2>{current.name}</h2>
            <div className="dialog__actions">
              <div role="tablist" aria-label="Client views" className="dialog__actions">
                <button type="button" role="tab" aria-selected={tab === 'details'} className="small-button" onClick={() => setTab('details')}>
                  Details
                </button>
                <button type="button" role="tab" aria-selected={tab === 'history'} className="small-button" onClick={() => setTab('history')}>
                  History
                </button>
              </div>
              <button type="button" className="small-button" onClick={() => void toggleArchive(current)}>
                {current.archived ? 'Restore from archive' : 'Archive'}
              </button>
            </div>
            {tab === 'details' ? (
              <ClientForm key={`${current.id}-${current.revision}`} client={current} onSaved={saved} onReload={() => void open(current.id)} />
            ) : (
              <ClientHistory clientId={current.id} />
            )}
          </>
        ) : null}
      </section>
    </div>
  );
}

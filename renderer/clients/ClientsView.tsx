import { useRef, useState } from 'react';
import type { Client } from '../../shared/clients/client';
import type { ResponseOf } from '../../shared/contract/channels';
import { writtenBy } from '../../shared/sync/written-by';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf } from '../bridge/errors';
import { useToday } from '../shell/useToday';
import { ClientHistory } from '../history/ClientHistory';
import { useRecordChanges } from '../sync/useRecordChanges';
import { focusWasLost } from '../forms/useTakesLostFocus';
import { UnsavedChangesDialog } from '../forms/UnsavedChangesDialog';
import { useUnsavedGuard } from '../forms/useUnsavedGuard';
import { useLeaveCheck } from '../shell/navigation';
import { ClientForm } from './ClientForm';
import { EarlierVersions } from '../sync/EarlierVersions';
import { clientParts } from '../../shared/clients/versions';
import { nameTold, tellApartAll } from '../../shared/clients/same-name';
import { ClientTwoVersions, clientStamp } from './ClientTwoVersions';
import { useClientSearch } from './useClientSearch';
import '../styles/care.css';

type Versions = ResponseOf<'clients.versions'>;
type Selection = { kind: 'none' } | { kind: 'new' } | { kind: 'client'; client: Client; others: Versions['others']; earlier: Client[] };

/** Find, create, edit and archive clients; open a client's history. */
export function ClientsView() {
  const bridge = useBridge();
  const today = useToday();
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [tab, setTab] = useState<'details' | 'history'>('details');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Typing in the form not yet saved: opening another client (or a new one) asks before it goes.
  const leaving = useUnsavedGuard();
  // Changes from other rooms can come in quick succession: only the latest answer is shown.
  const asked = useRef(0);
  const { results, found, unreadable, error: searchError } = useClientSearch(query, showArchived, refresh);

  async function open(clientId: string): Promise<void> {
    const ask = ++asked.current;
    try {
      const versions = await bridge.invoke('clients.versions', { clientId });
      if (ask !== asked.current) return;
      leaving.markUnsaved(false);
      setSelection({ kind: 'client', client: versions.current, others: versions.others, earlier: versions.earlier });
      setError(null);
      setNotice(null);
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  // Set as a client is saved: the form starts afresh, so if the focus went with it, their heading takes it as it is drawn.
  const focusSaved = useRef(false);
  function saved(client: Client): void {
    leaving.markUnsaved(false);
    focusSaved.current = true;
    // Said here: the form starts afresh from the saved revision, so its own message would vanish with it.
    setNotice(client.revision === 1 ? 'Client created.' : 'Saved.');
    setSelection((now) => (now.kind === 'client' && now.client.id === client.id ? { ...now, client } : { kind: 'client', client, others: [], earlier: [] }));
    setRefresh((n) => n + 1);
  }

  // The client shown was changed in another room: show the new details, unless the therapist is typing here.
  useRecordChanges(['client'], (change) => {
    if (selection.kind !== 'client' || change.id !== selection.client.id) return;
    if (!change.conflictCopy && leaving.isUnsaved()) {
      setNotice(`${selection.client.name}'s details were just changed in another room. Saving your changes will ask you to load theirs first.`);
      return;
    }
    void open(selection.client.id);
  });

  async function toggleArchive(client: Client): Promise<void> {
    try {
      const changed = await bridge.invoke('clients.archive', { clientId: client.id, revision: client.revision, archived: !client.archived });
      saved(changed);
      setNotice(changed.archived ? `${changed.name} is archived: tick Show archived to find them again.` : `${changed.name} is back from the archive.`);
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  const current = selection.kind === 'client' ? selection.client : null;
  useLeaveCheck(() => (leaving.isUnsaved() ? (current?.name ?? 'the new client') : null));
  // The client already open stays as it is, typing and all.
  const openOther = (clientId: string): void => {
    if (clientId !== current?.id) leaving.guard(() => void open(clientId));
  };
  const openNew = (): void => {
    // A new client opens on their details once created, whatever tab the last client was shown on.
    if (selection.kind !== 'new')
      leaving.guard(() => {
        setSelection({ kind: 'new' });
        setTab('details');
      });
  };
  const other = selection.kind === 'client' ? selection.others[0] : undefined;
  // Clients of one name say what tells them apart; every other name stays as it is.
  const told = tellApartAll(results);
  const earlier = selection.kind === 'client' ? selection.earlier : [];
  return (
    <div className="clients">
      <section aria-labelledby="clients-heading">
        <h1 id="clients-heading">Clients</h1>
        <label>
          Find a client
          <input
            type="search"
            value={query}
            maxLength={120}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              // One match: Enter opens it, as a therapist typing a name expects.
              const [only] = results;
              if (event.key === 'Enter' && only && results.length === 1) openOther(only.id);
            }}
          />
        </label>
        <label>
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} /> Show archived
        </label>
        {/* Unanswered, the list is not empty: it is unknown, and the count would say otherwise. */}
        {searchError ? (
          <p role="alert" className="form-error">
            The client list could not be loaded. {searchError}
          </p>
        ) : (
          <p>{countLine(query, results.length, found)}</p>
        )}
        {unreadable.length > 0 ? (
          <p role="alert" className="form-error">
            {unreadable.length === 1 ? '1 client file' : `${unreadable.length} client files`} could not be read and {unreadable.length === 1 ? 'was' : 'were'} left untouched in the data folder: {unreadable.join(', ')}.
          </p>
        ) : null}
        <ul className="clients__list" aria-label="Clients found">
          {results.map((client) => (
            <li key={client.id}>
              <button type="button" className="small-button" aria-current={current?.id === client.id} onClick={() => openOther(client.id)}>
                {nameTold(client, told.get(client.id))}
                {client.archived ? ' (archived)' : ''}
                {client.otherVersions ? ' (two versions)' : ''}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="big-button" onClick={openNew}>
          New client
        </button>
      </section>
      <section aria-label="Client">
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        {selection.kind === 'new' ? (
          <ClientForm
            key="new"
            client={null}
            onSaved={saved}
            onReload={() => undefined}
            onEdited={() => leaving.markUnsaved(true)}
            onOpenClient={openOther}
          />
        ) : null}
        {current ? (
          <>
            <h2
              tabIndex={-1}
              ref={(heading) => {
                if (heading && focusSaved.current) {
                  focusSaved.current = false;
                  if (focusWasLost()) heading.focus();
                }
              }}
            >
              {current.name}
            </h2>
            <p className="clients__written">Last changed: {writtenBy(current.room, current.updatedAt, today)}</p>
            {notice ? <p role="status">{notice}</p> : null}
            {other ? <ClientTwoVersions key={other.copy} current={current} other={other} onResolved={(client) => void open(client.id)} /> : null}
            <div className="dialog__actions">
              <div role="tablist" aria-label="Client views" className="dialog__actions">
                <button type="button" role="tab" aria-selected={tab === 'details'} className="small-button" onClick={() => setTab('details')}>
                  Details
                </button>
                <button type="button" role="tab" aria-selected={tab === 'history'} className="small-button" onClick={() => setTab('history')}>
                  History
                </button>
              </div>
              <button type="button" className="small-button" onClick={() => leaving.guard(() => void toggleArchive(current))}>
                {current.archived ? 'Restore from archive' : 'Archive'}
              </button>
            </div>
            {/* Hidden rather than gone while the history is shown, so what was typed is still there on coming back. */}
            {!other ? (
              <div hidden={tab !== 'details'}>
                <ClientForm
                  key={`${current.id}-${current.revision}`}
                  client={current}
                  onSaved={saved}
                  onReload={() => void open(current.id)}
                  onEdited={() => leaving.markUnsaved(true)}
                  onOpenClient={openOther}
                />
                <EarlierVersions versions={earlier} current={current} parts={clientParts} stamp={clientStamp} />
              </div>
            ) : null}
            {/* One client's history, messages and all: another client's starts afresh. */}
            {tab === 'history' ? <ClientHistory key={current.id} clientId={current.id} /> : null}
          </>
        ) : null}
      </section>
      {leaving.asking ? <UnsavedChangesDialog what={current?.name ?? 'the new client'} onKeep={leaving.keep} onDiscard={leaving.discard} /> : null}
    </div>
  );
}

/** The list shows fifty at most: with a search, say how many matched, and how to reach those not listed. */
function countLine(query: string, shown: number, found: number): string {
  if (!query.trim()) return `${shown} shown of ${found}`;
  if (found === 0) return 'No client found.';
  return shown < found ? `${shown} shown of ${found} found. Type more of the name to find the others.` : `${found} found`;
}

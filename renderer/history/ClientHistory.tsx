import { useState } from 'react';
import { historyEntryOf } from '../../shared/record/history';
import { painBeforeAfter } from '../../shared/record/pain-words';
import type { Session } from '../../shared/session/session';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf } from '../bridge/errors';
import { WriteHandoutButton } from '../handout/WriteHandoutButton';
import { RecordEditor } from '../record/RecordEditor';
import { PainChart } from './PainChart';
import { RegionPressureTable } from './RegionPressureTable';
import { useClientHistory } from './useClientHistory';
import { dateAndTime } from '../../shared/i18n/clock';

/** Sessions listed at first, the most recent; older ones come on request. */
const LISTED = 20;

/** Offers text from the back end as a file download (browser mode and desktop alike). */
function download(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Every session of a client: the pain trend, pressure per region over recent visits, and each record. */
export function ClientHistory({ clientId }: { clientId: string }) {
  const bridge = useBridge();
  const { sessions, error, replaceEntry } = useClientHistory(clientId);
  const [open, setOpen] = useState<Session | null>(null);
  const [listed, setListed] = useState(LISTED);
  const [message, setMessage] = useState<string | null>(null);
  const shown = sessions.slice(-listed);
  const hidden = sessions.length - shown.length;

  async function toggle(sessionId: string): Promise<void> {
    if (open?.id === sessionId) {
      setOpen(null);
      return;
    }
    try {
      setOpen(await bridge.invoke('clients.session', { clientId, sessionId }));
    } catch (reason) {
      setMessage(messageOf(reason));
    }
  }

  function changed(session: Session): void {
    setOpen(session);
    replaceEntry(historyEntryOf(session));
  }

  async function exportAs(format: 'csv' | 'json'): Promise<void> {
    try {
      const file = await bridge.invoke('clients.export', { clientId, format });
      download(file.fileName, file.mimeType, file.text);
      setMessage(`Exported ${file.fileName}.`);
    } catch (reason) {
      setMessage(messageOf(reason));
    }
  }

  return (
    <div className="history">
      <h3>History</h3>
      {error ? <p role="alert">{error}</p> : null}
      {sessions.length === 0 ? <p>No sessions yet.</p> : <PainChart points={sessions.map((entry) => ({ at: entry.at, before: entry.painBefore, after: entry.painAfter }))} />}
      <RegionPressureTable sessions={sessions} />
      {hidden > 0 ? (
        <p>
          Showing the last {shown.length} of {sessions.length} sessions.{' '}
          <button type="button" className="small-button" onClick={() => setListed((now) => now + LISTED)}>
            Show {Math.min(LISTED, hidden)} earlier sessions
          </button>
        </p>
      ) : null}
      <ol className="history__sessions" aria-label="Sessions">
        {shown.map((entry) => (
          <li key={entry.sessionId}>
            {dateAndTime(entry.at)}
            {entry.room ? ` in ${entry.room}` : ''}: {painBeforeAfter(entry.painBefore, entry.painAfter)}
            {entry.signed ? ', signed' : ', not signed'}{' '}
            <button type="button" className="small-button" onClick={() => void toggle(entry.sessionId)}>
              {open?.id === entry.sessionId ? 'Close record' : 'Open record'}
            </button>{' '}
            <WriteHandoutButton
              sessionId={entry.sessionId}
              clientId={clientId}
              className="small-button"
              label={entry.handoutsGiven > 0 ? `Handouts given: ${entry.handoutsGiven}, reprint or write` : 'Write a handout'}
            />
          </li>
        ))}
      </ol>
      {open ? <RecordEditor key={open.id} session={open} onSession={changed} /> : null}
      <div className="dialog__actions">
        <button type="button" className="small-button" onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" className="small-button" onClick={() => void exportAs('json')}>
          Export JSON
        </button>
      </div>
      <p role="status">{message}</p>
    </div>
  );
}

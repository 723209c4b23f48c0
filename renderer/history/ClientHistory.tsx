import { useState } from 'react';
import { regionLabel, type RegionId } from '../../shared/body/regions';
import { responseLabels } from '../../shared/pressure/log';
import { summarizeSession } from '../../shared/record/summary';
import type { Session } from '../../shared/session/session';
import { bridge } from '../bridge/bridge';
import { messageOf } from '../bridge/errors';
import { WriteHandoutButton } from '../handout/WriteHandoutButton';
import { RecordEditor } from '../record/RecordEditor';
import { PainChart } from './PainChart';
import { useClientHistory } from './useClientHistory';

const day = (at: number): string => new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

/** Offers text from the back end as a file download (browser mode and desktop alike). */
function download(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function handoutsGiven(sessions: readonly Session[], sessionId: string): number {
  return sessions.find((session) => session.id === sessionId)?.handouts?.length ?? 0;
}

/** Every session of a client: the pain trend, pressure per region over time, and each record. */
export function ClientHistory({ clientId }: { clientId: string }) {
  const { sessions, error, replaceSession } = useClientHistory(clientId);
  const [openId, setOpenId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const summaries = sessions.map(summarizeSession);
  const regions = [...new Set(summaries.flatMap((summary) => summary.regionsWorked))] as RegionId[];
  const open = sessions.find((session) => session.id === openId);

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
      {sessions.length === 0 ? <p>No sessions yet.</p> : <PainChart points={summaries.map((summary) => ({ label: day(summary.at), before: summary.painBefore, after: summary.painAfter }))} />}
      {regions.length > 0 ? (
        <table className="record-facts">
          <caption>Pressure per region over time</caption>
          <thead>
            <tr>
              <th scope="col">Region</th>
              {summaries.map((summary) => (
                <th key={summary.sessionId} scope="col">
                  {day(summary.at)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {regions.map((region) => (
              <tr key={region}>
                <th scope="row">{regionLabel(region)}</th>
                {summaries.map((summary) => {
                  const worked = summary.regions.find((each) => each.region === region);
                  return (
                    <td key={summary.sessionId}>
                      {worked ? `${worked.preferredLevel ?? worked.lastLevel} (${worked.preferredLevel !== null ? 'just right' : responseLabels[worked.lastResponse]})` : '–'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ol className="history__sessions" aria-label="Sessions">
        {summaries.map((summary) => (
          <li key={summary.sessionId}>
            {new Date(summary.at).toLocaleString()}: pain {summary.painBefore ?? '–'} → {summary.painAfter ?? '–'}
            {summary.signed ? ', signed' : ', not signed'}{' '}
            <button type="button" className="small-button" onClick={() => setOpenId(openId === summary.sessionId ? null : summary.sessionId)}>
              {openId === summary.sessionId ? 'Close record' : 'Open record'}
            </button>{' '}
            <WriteHandoutButton
              sessionId={summary.sessionId}
              clientId={clientId}
              className="small-button"
              label={handoutsGiven(sessions, summary.sessionId) > 0 ? `Handouts given: ${handoutsGiven(sessions, summary.sessionId)}, reprint or write` : 'Write a handout'}
            />
          </li>
        ))}
      </ol>
      {open ? <RecordEditor key={open.id} session={open} onSession={replaceSession} /> : null}
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

import { useState } from 'react';
import { regionLabel, type RegionId } from '../../shared/body/regions';
import { responseLabels } from '../../shared/pressure/log';
import type { HistoryEntry } from '../../shared/record/history';
import { shortDate } from '../../shared/i18n/clock';

/** Visits shown as columns at first, the most recent; more come on request. */
const COLUMNS = 12;


/** Pressure per region over the most recent visits, oldest column first. */
export function RegionPressureTable({ sessions }: { sessions: readonly HistoryEntry[] }) {
  const [columns, setColumns] = useState(COLUMNS);
  const shown = sessions.slice(-columns);
  const regions = [...new Set(shown.flatMap((entry) => entry.regions.map((each) => each.region)))] as RegionId[];
  const hidden = sessions.length - shown.length;
  if (regions.length === 0) return null;

  return (
    <div className="history__regions">
      <table className="record-facts">
        <caption>
          Pressure per region over {hidden > 0 ? `the last ${shown.length} visits` : 'time'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            {shown.map((entry) => (
              <th key={entry.sessionId} scope="col">
                {shortDate(entry.at)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => (
            <tr key={region}>
              <th scope="row">{regionLabel(region)}</th>
              {shown.map((entry) => {
                const worked = entry.regions.find((each) => each.region === region);
                return <td key={entry.sessionId}>{worked ? `${worked.level} (${responseLabels[worked.response]})` : '–'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 ? (
        <button type="button" className="small-button" onClick={() => setColumns((now) => now + COLUMNS)}>
          Show {Math.min(COLUMNS, hidden)} earlier visits in the table
        </button>
      ) : null}
    </div>
  );
}

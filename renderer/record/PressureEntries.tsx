import { pressureEntryRows } from '../../shared/record/entries';
import type { Session } from '../../shared/session/session';

/** Every pressure entry of the session, as logged, with corrections and withdrawals marked. */
export function PressureEntries({ session }: { session: Session }) {
  const rows = pressureEntryRows(session);
  if (rows.length === 0) return null;
  return (
    <table className="record-facts__entries">
      <caption>Every pressure entry</caption>
      <thead>
        <tr>
          {/* Minutes and seconds since the start, which a bare "Time" let pass for the time of day. */}
          <th scope="col">Into the session</th>
          <th scope="col">Phase</th>
          <th scope="col">Region</th>
          <th scope="col">Technique</th>
          <th scope="col">Pressure</th>
          <th scope="col">Response</th>
          <th scope="col">Note</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={row.status === 'withdrawn' ? 'record-facts__withdrawn' : undefined}>
            <td>{row.time}</td>
            <td>{row.phase}</td>
            <td>{row.region}</td>
            <td>{row.technique}</td>
            <td>{row.pressure}</td>
            <td>{row.response}</td>
            <td>{row.note}</td>
            <td>{row.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { pressureKeyHelp } from '../pressure/keys';
import { keyReference } from '../room/keys';
import './help.css';

/** The room's keys and the pressure log's, from the same lists the room itself uses. */
export function KeyTables() {
  return (
    <div className="key-tables">
      <table className="key-table">
        <caption>The session</caption>
        <tbody>
          {keyReference.map((entry) => (
            <tr key={entry.keys}>
              <th scope="row">
                <kbd>{entry.keys}</kbd>
              </th>
              <td>{entry.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="key-table">
        <caption>Pressure log, during hands-on phases</caption>
        <tbody>
          {pressureKeyHelp.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

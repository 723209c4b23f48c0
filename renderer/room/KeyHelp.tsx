import { pressureKeyHelp } from '../pressure/keys';
import { useModalFocus } from '../shell/useModalFocus';
import { keyReference } from './keys';

interface Props {
  onClose(): void;
}

/** The list of single keys, shown on `?`. */
export function KeyHelp({ onClose }: Props) {
  const box = useModalFocus<HTMLDivElement>();
  return (
    <div className="dialog-backdrop">
      <div ref={box} role="dialog" aria-modal="true" aria-labelledby="keys-title" className="dialog dialog--wide">
        <h2 id="keys-title">Keys</h2>
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
        <button type="button" className="big-button" onClick={onClose} autoFocus>
          Close <kbd>?</kbd>
        </button>
      </div>
    </div>
  );
}

import { KeyTables } from '../help/KeyTables';
import { useModalFocus } from '../shell/useModalFocus';
import { roomKeyLabel } from './keys';

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
        <KeyTables />
        <button type="button" className="big-button" onClick={onClose} autoFocus>
          Close <kbd>{roomKeyLabel.help}</kbd>
        </button>
      </div>
    </div>
  );
}

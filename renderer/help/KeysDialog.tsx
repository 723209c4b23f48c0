import { useEffect, useRef } from 'react';
import { KeyTables } from './KeyTables';
import './help.css';

interface Props {
  onClose(): void;
}

/** Help > Keyboard Shortcuts, on any screen; Escape or Close dismisses it. */
export function KeysDialog({ onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog dialog--wide keys-dialog"
      aria-labelledby="keys-dialog-title"
      onClose={onClose}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <h2 id="keys-dialog-title">Keys</h2>
      <KeyTables />
      <button type="button" className="big-button" onClick={() => dialog.current?.close()} autoFocus>
        Close
      </button>
    </dialog>
  );
}

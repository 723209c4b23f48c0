import { useEffect, useRef } from 'react';

interface Props {
  onConfirm(): void;
  onCancel(): void;
}

/** Finishing cannot be undone, so it asks once more: F or Enter confirms, Escape keeps going. */
export function FinishDialog({ onConfirm, onCancel }: Props) {
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirmButton.current?.focus();
  }, []);
  return (
    <div className="dialog-backdrop">
      <div role="alertdialog" aria-modal="true" aria-labelledby="finish-title" aria-describedby="finish-help" className="dialog">
        <h2 id="finish-title">Finish the session?</h2>
        <p id="finish-help">Press F or Enter again to finish, Escape to keep going.</p>
        <div className="dialog__actions">
          <button ref={confirmButton} type="button" className="big-button big-button--primary" onClick={onConfirm}>
            Finish session
          </button>
          <button type="button" className="big-button" onClick={onCancel}>
            Keep going
          </button>
        </div>
      </div>
    </div>
  );
}

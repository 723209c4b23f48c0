import { useEffect, useEffectEvent, useRef } from 'react';
import { useModalFocus } from '../shell/useModalFocus';

interface Props {
  onConfirm(): void;
  onCancel(): void;
}

export const FINISH_CONFIRM_MS = 4000;

/** Finishing cannot be undone, so it asks once more; unanswered, it goes away by itself. */
export function FinishDialog({ onConfirm, onCancel }: Props) {
  const confirmButton = useRef<HTMLButtonElement>(null);
  const box = useModalFocus<HTMLDivElement>();
  const cancel = useEffectEvent(onCancel);
  useEffect(() => {
    confirmButton.current?.focus();
    const timer = setTimeout(() => cancel(), FINISH_CONFIRM_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="dialog-backdrop">
      <div ref={box} role="alertdialog" aria-modal="true" aria-labelledby="finish-title" aria-describedby="finish-help" className="dialog">
        <h2 id="finish-title">Finish the session?</h2>
        <p id="finish-help">Press F again (or Enter) within 4 seconds to finish, Escape to keep going.</p>
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

import { useEffect, useRef } from 'react';
import { useModalFocus } from '../shell/useModalFocus';

interface Props {
  /** The client's name, or null while it is not known. */
  clientName: string | null;
  onKeep(): void;
  onDiscard(): void;
}

/**
 * Asked before intake answers that were not saved would go. Keep editing has the focus, so Enter and
 * Escape (the key that also dismisses a cue) both go back to the answers; only Discard throws them away.
 */
export function DiscardIntakeDialog({ clientName, onKeep, onDiscard }: Props) {
  const keepButton = useRef<HTMLButtonElement>(null);
  const box = useModalFocus<HTMLDivElement>();
  useEffect(() => {
    keepButton.current?.focus();
  }, []);
  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="discard-intake-title"
        aria-describedby="discard-intake-help"
        className="dialog"
        onKeyDown={(event) => {
          // Keys pressed here answer the question, never the room or the pressure log behind it.
          event.stopPropagation();
          if (event.key === 'Escape') onKeep();
        }}
      >
        <h2 id="discard-intake-title">{clientName ? `Discard the intake answers for ${clientName}?` : 'Discard the intake answers?'}</h2>
        <p id="discard-intake-help">They have not been saved. Keep editing to go back to them, or discard them and close the intake.</p>
        <div className="dialog__actions">
          <button ref={keepButton} type="button" className="big-button big-button--primary" onClick={onKeep}>
            Keep editing
          </button>
          <button type="button" className="big-button" onClick={onDiscard}>
            Discard
          </button>
        </div>
      </div>
    </div>
  );
}

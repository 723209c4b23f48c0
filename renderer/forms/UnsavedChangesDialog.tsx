import { useEffect, useRef } from 'react';
import { useModalFocus } from '../shell/useModalFocus';

interface Props {
  /** Whose changes: a client's name, or "the new client". */
  what: string;
  onKeep(): void;
  onDiscard(): void;
}

/** Asked before typing that was not saved would go: keeping on editing is the answer given by Enter and by Escape. */
export function UnsavedChangesDialog({ what, onKeep, onDiscard }: Props) {
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
        aria-labelledby="unsaved-title"
        aria-describedby="unsaved-help"
        className="dialog"
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          onKeep();
        }}
      >
        <h2 id="unsaved-title">You have changes to {what} that are not saved.</h2>
        <p id="unsaved-help">Keep editing to go back to them and save them, or discard them to go on without them.</p>
        <div className="dialog__actions">
          <button ref={keepButton} type="button" className="big-button big-button--primary" onClick={onKeep}>
            Keep editing
          </button>
          <button type="button" className="big-button" onClick={onDiscard}>
            Discard changes
          </button>
        </div>
      </div>
    </div>
  );
}

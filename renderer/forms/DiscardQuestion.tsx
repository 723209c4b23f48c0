import { useEffect, useId, useRef } from 'react';
import { useModalFocus } from '../shell/useModalFocus';

interface Props {
  title: string;
  help: string;
  discardLabel: string;
  onKeep(): void;
  onDiscard(): void;
}

/**
 * Asked before typing that was not saved would go. Keep editing has the focus, so Enter and Escape (the key
 * that also dismisses a cue) both go back to the typing; only the discard button throws it away.
 */
export function DiscardQuestion({ title, help, discardLabel, onKeep, onDiscard }: Props) {
  const id = useId();
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
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-help`}
        className="dialog"
        onKeyDown={(event) => {
          // Keys pressed here answer the question, never the room, the pressure log or the screen behind it.
          event.stopPropagation();
          if (event.key === 'Escape') onKeep();
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-help`}>{help}</p>
        <div className="dialog__actions">
          <button ref={keepButton} type="button" className="big-button big-button--primary" onClick={onKeep}>
            Keep editing
          </button>
          <button type="button" className="big-button" onClick={onDiscard}>
            {discardLabel}
          </button>
        </div>
      </div>
    </div>
  );
}

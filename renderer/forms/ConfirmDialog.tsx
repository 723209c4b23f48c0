import { useId } from 'react';
import { useModalFocus } from '../shell/useModalFocus';

interface Answer {
  label: string;
  onClick(): void;
}

interface Props {
  title: string;
  help: string;
  /** The first button, drawn as the main one. */
  primary: Answer;
  secondary: Answer;
  /** The button that has the focus when the question opens, so Enter gives its answer. */
  focus: 'primary' | 'secondary';
  /**
   * Escape gives the focused button's answer, and no key pressed here reaches the screen behind. Left off
   * where that screen's own keys answer the question (the room's F, Enter and Escape when finishing).
   */
  escapeAnswers?: boolean;
}

/** A question that must be answered before going on: its title, what the answers do, and two buttons. */
export function ConfirmDialog({ title, help, primary, secondary, focus, escapeAnswers = false }: Props) {
  const id = useId();
  const box = useModalFocus<HTMLDivElement>();
  const focused = focus === 'primary' ? primary : secondary;
  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-help`}
        className="dialog"
        onKeyDown={
          escapeAnswers
            ? (event) => {
                event.stopPropagation();
                if (event.key === 'Escape') focused.onClick();
              }
            : undefined
        }
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-help`}>{help}</p>
        <div className="dialog__actions">
          <button type="button" className="big-button big-button--primary" onClick={primary.onClick} autoFocus={focus === 'primary'}>
            {primary.label}
          </button>
          <button type="button" className="big-button" onClick={secondary.onClick} autoFocus={focus === 'secondary'}>
            {secondary.label}
          </button>
        </div>
      </div>
    </div>
  );
}

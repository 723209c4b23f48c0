import { roomKeyLabel } from './keys';

interface Props {
  message: string | null;
  onDismiss(): void;
}

/** The last cue's words stay on screen until dismissed; the sound itself played once. */
export function CueBanner({ message, onDismiss }: Props) {
  if (!message) return null;
  return (
    <div className="room__cue" role="status">
      <span>{message}</span>
      <button type="button" className="room__cue-dismiss" onClick={onDismiss}>
        Dismiss <kbd>{roomKeyLabel.cancel}</kbd>
      </button>
    </div>
  );
}

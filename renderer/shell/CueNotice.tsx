import { useLayoutEffect, useState } from 'react';
import { useCues } from '../audio/CueCenter';
import { isTypingTarget, modalOpen, roomKeyLabel } from '../room/keys';

/**
 * A cue's words on every screen but the room (which shows its own), until
 * dismissed by the button or Escape. A cue that arrives here glows slowly once.
 */
export function CueNotice() {
  const cues = useCues();
  const { message, dismiss } = cues;
  const [countBefore] = useState(cues.count);
  // Live in the same commit that shows the words, so Escape right away dismisses them.
  useLayoutEffect(() => {
    if (!message) return undefined;
    const listener = (event: KeyboardEvent): void => {
      // Escape belongs to an open dialog, or to a field being typed in, first.
      if (event.key !== 'Escape' || isTypingTarget(event.target) || modalOpen()) return;
      dismiss();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [message, dismiss]);
  if (!message) return null;
  return (
    <div className={`cue-notice${cues.count > countBefore ? ' cue-notice--new' : ''}`} key={cues.count} role="status" aria-label="Cue">
      <span className="cue-notice__text">{message}</span>
      <button type="button" className="cue-notice__dismiss" onClick={dismiss}>
        Dismiss <kbd>{roomKeyLabel.cancel}</kbd>
      </button>
    </div>
  );
}

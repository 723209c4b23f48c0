import { useEffectEvent, useLayoutEffect } from 'react';
import { unlockAudio } from '../audio/chime';
import { isTypingTarget, roomKeyAction, type RoomAction } from './keys';

/** Listens on the whole window so a pedal works wherever focus happens to be. */
export function useRoomKeys(onAction: (action: RoomAction) => boolean): void {
  // Always the latest render's answer, without re-attaching the listener.
  const answer = useEffectEvent(onAction);
  // Attached in the same commit that draws the screen, so a key pressed as soon as it shows is never lost.
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent): void => {
      unlockAudio();
      if (event.repeat || isTypingTarget(event.target)) return;
      const action = roomKeyAction(event);
      if (action && answer(action)) {
        // Stops Space or Enter from also pressing whichever button has focus.
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

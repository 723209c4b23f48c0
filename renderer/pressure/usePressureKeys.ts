import { useEffectEvent, useLayoutEffect } from 'react';
import { isTypingTarget, modalOpen } from '../room/keys';
import { pressureKeyAction, type PressureAction } from './keys';

/** Window-wide like the room keys, so the log works wherever focus is; never while typing, nor under a dialog. */
export function usePressureKeys(enabled: boolean, onAction: (action: PressureAction) => void): void {
  // Always the latest render's answer, without re-attaching the listener.
  const answer = useEffectEvent(onAction);
  // Attached in the same commit that draws the screen, so a key pressed as soon as it shows is never lost.
  useLayoutEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent): void => {
      if (event.repeat || isTypingTarget(event.target) || modalOpen()) return;
      const action = pressureKeyAction(event);
      if (!action) return;
      event.preventDefault();
      answer(action);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}

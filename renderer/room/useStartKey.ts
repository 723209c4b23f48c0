import { useEffectEvent, useLayoutEffect, type RefObject } from 'react';
import { unlockAudio } from '../audio/chime';
import { isTextField, modalOpen, roomKeyAction } from './keys';

/**
 * Space starts the session from anywhere on the start screen: on the page, on
 * a plan's radio button, on a button; never in a text field, and never while
 * a dialog is open over the screen. Given `within`, only there: below a
 * finished session, a stray Space must press the record's buttons, not open a
 * new session over the record being signed.
 */
export function useStartKey(start: () => boolean, within?: RefObject<HTMLElement | null>): void {
  // Always the latest render's start, without re-attaching the listener.
  const startNow = useEffectEvent(start);
  // Attached in the same commit that draws the screen, so a Space pressed as soon as it shows is never lost.
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent): void => {
      unlockAudio();
      if (event.repeat || event.defaultPrevented || roomKeyAction(event) !== 'toggle') return;
      if (isTextField(event.target) || modalOpen()) return;
      if (within && !(event.target instanceof Node && within.current?.contains(event.target))) return;
      // Stops Space from also checking a radio button or pressing the focused button.
      if (startNow()) event.preventDefault();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [within]);
}

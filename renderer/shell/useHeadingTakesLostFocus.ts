import { useEffect, type RefObject } from 'react';
import { focusWasLost, usedYet } from '../forms/useTakesLostFocus';

/**
 * After a move to another screen, or a dialog closing over the page, the focus is often lost with the button
 * pressed (it was on the screen that went, or the dialog opened at load). Then the screen's main heading takes
 * it, once the screen has drawn it (a screen may still be loading), so the keyboard carries on from the top of
 * the screen rather than from the top of the page. Focus the person or the screen has put anywhere is left alone.
 */
export function useHeadingTakesLostFocus(screen: RefObject<HTMLElement | null>, moment: unknown): void {
  useEffect(() => {
    const box = screen.current;
    if (!box || !usedYet()) return undefined;
    const placed = (): boolean => {
      if (!focusWasLost()) return true;
      const heading = box.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      return true;
    };
    if (placed()) return undefined;
    const watcher = new MutationObserver(() => {
      if (placed()) stop();
    });
    // Once the person does anything (a key, a click, focus placed), the moment has passed: their choice stands.
    const acted = ['keydown', 'pointerdown', 'focusin'] as const;
    const stop = (): void => {
      watcher.disconnect();
      for (const type of acted) document.removeEventListener(type, stop, true);
    };
    watcher.observe(box, { childList: true, subtree: true });
    for (const type of acted) document.addEventListener(type, stop, true);
    return stop;
  }, [screen, moment]);
}

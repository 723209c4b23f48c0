import { useEffect, useRef } from 'react';

/** Whether the person has used this page yet (a key or a click); unknown counts as yes. */
export const usedYet = (): boolean => navigator.userActivation?.hasBeenActive ?? true;

/**
 * Whether nothing holds the focus: it went with an element that is gone, was never placed, or sits on a control
 * just disabled (which the browser gives up at its next frame).
 */
export const focusWasLost = (): boolean =>
  document.activeElement === null || document.activeElement === document.body || document.activeElement.matches(':disabled');

/**
 * For what appears in place of a form that has just done its job (a record signed, flags acknowledged):
 * if the focus went with the form, this element takes it (give it tabIndex -1), so the keyboard carries
 * on from here rather than from the top of the page. Focus anywhere else is left alone, and at load
 * (nothing used yet, so nothing was lost) the page is not scrolled to it. With a `moment` (what was just
 * added, how many times something was done), it is asked again each time the moment changes.
 */
export function useTakesLostFocus<T extends HTMLElement>(moment?: unknown) {
  const element = useRef<T>(null);
  useEffect(() => {
    if (focusWasLost() && usedYet()) element.current?.focus();
  }, [moment]);
  return element;
}

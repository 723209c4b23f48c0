import { useEffect, useRef } from 'react';

/** Whether the person has used this page yet (a key or a click); unknown counts as yes. */
const usedYet = (): boolean => navigator.userActivation?.hasBeenActive ?? true;

/**
 * For what appears in place of a form that has just done its job (a record signed, flags acknowledged):
 * if the focus went with the form, this element takes it (give it tabIndex -1), so the keyboard carries
 * on from here rather than from the top of the page. Focus anywhere else is left alone, and at load
 * (nothing used yet, so nothing was lost) the page is not scrolled to it.
 */
export function useTakesLostFocus<T extends HTMLElement>() {
  const element = useRef<T>(null);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && usedYet()) element.current?.focus();
  }, []);
  return element;
}

import { useEffect, useRef } from 'react';

/**
 * For what appears in place of a form that has just done its job (a record signed, flags acknowledged):
 * if the focus went with the form, this element takes it (give it tabIndex -1), so the keyboard carries
 * on from here rather than from the top of the page. Focus anywhere else is left alone.
 */
export function useTakesLostFocus<T extends HTMLElement>() {
  const element = useRef<T>(null);
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) element.current?.focus();
  }, []);
  return element;
}

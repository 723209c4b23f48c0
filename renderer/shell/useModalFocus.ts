import { useEffect, useRef, useState } from 'react';

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog's focus: it moves into the dialog when it opens, Tab and
 * Shift+Tab cycle inside it (the page behind is inert while it is open), and
 * it goes back to whatever had it before once the dialog closes.
 */
export function useModalFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // Read while rendering: by the time effects run, autoFocus has already moved focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    if (!box.contains(document.activeElement)) box.querySelector<HTMLElement>(focusable)?.focus();
    const trap = (event: KeyboardEvent): void => {
      if (event.key !== 'Tab') return;
      const items = [...box.querySelectorAll<HTMLElement>(focusable)].filter((item) => item.offsetParent !== null);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    box.addEventListener('keydown', trap);
    return () => {
      box.removeEventListener('keydown', trap);
      if (opener?.isConnected && opener !== document.body) opener.focus();
    };
  }, [opener]);
  return ref;
}

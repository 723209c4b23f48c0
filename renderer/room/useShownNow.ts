import { useLayoutEffect, useState } from 'react';
import { nextRepaintAt } from '../../shared/session/repaint';
import type { Session } from '../../shared/session/session';

/**
 * The clock as the screen shows it. It is read again only when a shown figure
 * can change (the next shown second, see nextRepaintAt) or when `pushes`
 * changes (a cue arrived), and never after the session has finished. Nothing
 * is counted: every figure is derived from the events and this instant.
 */
export function useShownNow(session: Session | null, pushes = 0): number {
  const [now, setNow] = useState(() => Date.now());
  // Before paint, so a new event is never drawn with the previous instant.
  useLayoutEffect(() => {
    setNow(Date.now());
    if (!session) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (): void => {
      const at = nextRepaintAt(session, Date.now());
      if (at === null) return;
      timer = setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, Math.max(0, at - Date.now()));
    };
    schedule();
    return () => clearTimeout(timer);
  }, [session, pushes]);
  return now;
}

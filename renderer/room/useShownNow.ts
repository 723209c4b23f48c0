import { useLayoutEffect, useMemo, useSyncExternalStore } from 'react';
import { nextRepaintAt } from '../../shared/session/repaint';
import type { Session } from '../../shared/session/session';

/**
 * The instant the screen shows for one state of the session: the clock read when the state arrives,
 * again at each instant a shown figure can change (see nextRepaintAt) or on `refresh`, and never
 * on its own after the session has finished.
 */
function shownClock(session: Session | null) {
  let now = Date.now();
  const listeners = new Set<() => void>();
  const refresh = (): void => {
    now = Date.now();
    for (const listener of listeners) listener();
  };
  return {
    refresh,
    read: (): number => now,
    subscribe(onChange: () => void): () => void {
      listeners.add(onChange);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = (): void => {
        const at = session ? nextRepaintAt(session, Date.now()) : null;
        if (at === null) return;
        timer = setTimeout(() => {
          refresh();
          schedule();
        }, Math.max(0, at - Date.now()));
      };
      schedule();
      return () => {
        listeners.delete(onChange);
        clearTimeout(timer);
      };
    },
  };
}

/**
 * The clock as the screen shows it. It is read again only when a shown figure
 * can change or when `pushes` changes (a cue arrived), and never after the
 * session has finished. Nothing is counted: every figure is derived from the
 * events and this instant.
 */
export function useShownNow(session: Session | null, pushes = 0): number {
  // A new state of the session gets a clock read in the render that draws it.
  const clock = useMemo(() => shownClock(session), [session]);
  // A cue: read again before paint, so it is never drawn with the previous instant.
  useLayoutEffect(() => clock.refresh(), [clock, pushes]);
  return useSyncExternalStore(clock.subscribe, clock.read);
}

import { sessionStateAt, type SessionState } from '../../shared/session/derive';
import { nextRepaintAt } from '../../shared/session/repaint';
import type { Session } from '../../shared/session/session';

export interface ShownClock {
  /** The session as the screen shows it: derived from its events at the instant last read. */
  state(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Reads the clock again now (a cue arrived) and goes on moving with it; returns the way to stop. */
  run(): () => void;
}

/**
 * One clock per shown session. It reads the time only when a shown figure can
 * change (the next shown second, see nextRepaintAt), aligned to that instant,
 * and never while paused with nothing moving or after the end. Nothing is
 * counted: every figure is derived from the events and the instant read.
 */
export function createShownClock(session: Session, now: () => number = Date.now): ShownClock {
  let state = sessionStateAt(session, now());
  const listeners = new Set<() => void>();
  const read = (): void => {
    state = sessionStateAt(session, now());
    for (const listener of listeners) listener();
  };
  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    run() {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = (): void => {
        const at = nextRepaintAt(session, now());
        if (at === null) return;
        timer = setTimeout(() => {
          read();
          schedule();
        }, Math.max(0, at - now()));
      };
      read();
      schedule();
      return () => clearTimeout(timer);
    },
  };
}

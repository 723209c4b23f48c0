import { useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { SessionState } from '../../shared/session/derive';
import type { Session } from '../../shared/session/session';
import { createShownClock, type ShownClock } from './shown-clock';

/** The clock of the session on screen, read again whenever `pushes` changes (a cue arrived). */
export function useShownClock(session: Session, pushes = 0): ShownClock {
  const clock = useMemo(() => createShownClock(session), [session]);
  // Before paint, so a cue is never drawn with the previous instant.
  useLayoutEffect(() => clock.run(), [clock, pushes]);
  return clock;
}

/** One figure as shown (digits, a word): the component draws again only when this text changes. */
export function useShownText(clock: ShownClock, text: (state: SessionState) => string): string {
  return useSyncExternalStore(clock.subscribe, () => text(clock.state()));
}

/**
 * The session's state, taken again only when what the caller shows of it
 * changes (`shown` names that as a string): a component whose figures move
 * more slowly than the clock does not draw every second.
 */
export function useShownState(clock: ShownClock, shown: (state: SessionState) => string): SessionState {
  const kept = useRef<{ clock: ShownClock; key: string; state: SessionState } | null>(null);
  const read = (): SessionState => {
    const state = clock.state();
    const key = shown(state);
    if (kept.current?.clock !== clock || kept.current.key !== key) kept.current = { clock, key, state };
    return kept.current.state;
  };
  return useSyncExternalStore(clock.subscribe, read);
}

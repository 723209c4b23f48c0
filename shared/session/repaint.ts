import { sessionStateAt } from './derive';
import type { Session } from './session';

const SECOND = 1000;
const MINUTE = 60_000;

/** Milliseconds until a figure moving at clock speed crosses its next whole unit (a falling figure as is, a rising one negated). */
function untilNextUnit(ms: number, unit: number): number {
  const rest = ((ms % unit) + unit) % unit;
  return rest === 0 ? unit : rest;
}

/**
 * The next instant anything the room shows can change, or null once the
 * session has finished. Running, the time left, session left and overrun are
 * shown to the second and the end time to the minute. Paused, the phase
 * stands still; the session left still falls while later phases give time
 * to keep the end, otherwise the end time and the overrun move instead.
 * A millisecond past the change, so a figure rounded either way has moved.
 */
export function nextRepaintAt(session: Session, now: number): number | null {
  const state = sessionStateAt(session, now);
  if (state.status === 'finished') return null;
  const waits = [untilNextUnit(-state.endsAt, MINUTE)];
  if (state.overrunMs > 0) waits.push(untilNextUnit(-state.overrunMs, SECOND));
  if (state.status === 'running') {
    waits.push(untilNextUnit(state.phaseLeftMs, SECOND));
    if (state.segmentIndex >= 0) waits.push(untilNextUnit(state.segmentLeftMs, SECOND));
  }
  const sessionLeftMoves = state.status === 'running' || sessionStateAt(session, now + SECOND).sessionLeftMs !== state.sessionLeftMs;
  if (state.sessionLeftMs > 0 && sessionLeftMoves) waits.push(untilNextUnit(state.sessionLeftMs, SECOND));
  return now + Math.min(...waits) + 1;
}

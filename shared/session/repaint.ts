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
 * session has finished. Running, the phase's time left (and its segment's) is
 * shown to the second. The session left, the end time (to the minute) and the
 * overrun are followed only while they move: the session left falls while
 * later phases give time to keep the end, the end time and overrun rise while
 * the end cannot be kept. A millisecond past each change, so a figure rounded
 * either way has moved.
 */
export function nextRepaintAt(session: Session, now: number): number | null {
  const state = sessionStateAt(session, now);
  if (state.status === 'finished') return null;
  const later = sessionStateAt(session, now + SECOND);
  const waits: number[] = [];
  if (state.status === 'running') {
    waits.push(untilNextUnit(state.phaseLeftMs, SECOND));
    if (state.segmentIndex >= 0) waits.push(untilNextUnit(state.segmentLeftMs, SECOND));
  }
  if (state.sessionLeftMs > 0 && later.sessionLeftMs !== state.sessionLeftMs) waits.push(untilNextUnit(state.sessionLeftMs, SECOND));
  if (later.endsAt !== state.endsAt) {
    waits.push(untilNextUnit(-state.endsAt, MINUTE));
    if (state.overrunMs > 0) waits.push(untilNextUnit(-state.overrunMs, SECOND));
  }
  // Paused with nothing moving (no end to keep, nothing left to give): wait for the next event.
  return waits.length === 0 ? null : now + Math.min(...waits) + 1;
}

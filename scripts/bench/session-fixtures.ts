import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultPlan60 } from '../../shared/plans/defaults';
import type { SessionEvent } from '../../shared/session/events';
import type { Session } from '../../shared/session/session';
import { SCHEMA_VERSION } from '../../electron/services/record-store';
import { between } from './random';

/** Events in a stored session: about what a real hour's log holds. */
export const EVENTS_PER_SESSION = 40;
const MINUTE = 60_000;

/**
 * A plausible finished hour: the six phases walked through with pauses,
 * minutes added and removed, then finished. `running` leaves out the finish
 * so the session can still take events.
 */
export function sessionFixture(id: string, startAt: number, random: () => number, running = false): Session {
  const events: SessionEvent[] = [{ type: 'start', at: startAt }];
  let at = startAt;
  const step = (): number => (at += between(random, 5_000, 80_000));
  let phase = 0;
  // A finished session keeps its last place for the finish event.
  const last = running ? EVENTS_PER_SESSION : EVENTS_PER_SESSION - 1;
  while (events.length < last) {
    const left = last - events.length;
    const moment = events.length % 7;
    if (moment === 6 && phase < 5) {
      events.push({ type: 'next', at: step() });
      phase += 1;
    } else if (moment === 2 && left >= 2) {
      events.push({ type: 'pause', at: step() }, { type: 'resume', at: step() });
    } else {
      events.push({ type: 'adjust', at: step(), seconds: between(random, 0, 1) === 0 ? -MINUTE / 1000 : MINUTE / 1000 });
    }
  }
  if (!running) events.push({ type: 'finish', at: step() });
  return { id, plan: structuredClone(defaultPlan60), createdAt: startAt, events };
}

/** The bytes RecordFile (electron-store) writes for a record: the same envelope and tab indentation. */
export function recordFileText(record: unknown): string {
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, record }, undefined, '\t');
}

/**
 * Writes `count` finished sessions as one file each, with plain fs: fixtures
 * only; every measured write goes through the real services.
 */
export function writeHistory(sessionsDir: string, count: number, random: () => number, before: number): Session[] {
  mkdirSync(sessionsDir, { recursive: true });
  const sessions: Session[] = [];
  for (let i = 0; i < count; i += 1) {
    const session = sessionFixture(`s-history-${String(i).padStart(5, '0')}`, before - (count - i) * 2 * 60 * MINUTE, random);
    writeFileSync(path.join(sessionsDir, `${session.id}.json`), recordFileText(session));
    sessions.push(session);
  }
  return sessions;
}

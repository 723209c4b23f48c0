import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { regionIds, type RegionId } from '../../shared/body/regions';
import type { Client } from '../../shared/clients/client';
import { clientSchema } from '../../shared/contract/care-schemas';
import { sessionSchema } from '../../shared/contract/schemas';
import { defaultPlan60 } from '../../shared/plans/defaults';
import { responses, type PressureEntry } from '../../shared/pressure/log';
import { techniqueIds } from '../../shared/pressure/techniques';
import { sessionStateAt } from '../../shared/session/derive';
import type { SessionEvent } from '../../shared/session/events';
import type { Session } from '../../shared/session/session';
import { between } from './random';
import { recordFileText } from './session-fixtures';

/** Pressure-log entries in a stored session: about what an hour of hands-on work collects. */
export const LOG_ENTRIES_PER_SESSION = 40;
const MINUTE = 60_000;

const firstNames = ['Anna', 'Ben', 'Chloé', 'Dara', 'Elif', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kemal', 'Lena', 'Maria', 'Marek', 'Nora', 'Olu', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tomás', 'Uma', 'Vera', 'Wen', 'Yusuf', 'Zoë'];
const lastNames = ['Abbott', 'Berg', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Larsen', 'Martin', 'Müller', 'Nakamura', "O'Neil", 'Petrov', 'Quist', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga', 'Weber', 'Young', 'Zhang'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[between(random, 0, list.length - 1)] as T;

/** A plausible client: a name drawn from mixed-origin first and last names, a few details filled in. */
export function clientFixture(id: string, random: () => number, at: number): Client {
  return {
    id,
    name: `${pick(random, firstNames)} ${pick(random, lastNames)}`,
    contact: `${id}@example.org`,
    dateOfBirth: `19${between(random, 50, 99)}-0${between(random, 1, 9)}-1${between(random, 0, 9)}`,
    ageBand: null,
    goals: 'Less stiffness in the neck and shoulders after desk work.',
    notes: '',
    preferredPressure: between(random, 3, 8),
    revision: 1,
    createdAt: at,
    updatedAt: at,
    archived: false,
  };
}

/** Phase lengths in minutes as a real hour runs, one per enabled phase of the default plan. */
const phaseMinutes = [5, 5, 10, 25, 7, 5];

/**
 * A session as the room leaves it: the phases walked through with a pause,
 * intake with pain before, 40 pressure-log entries spread over the hands-on
 * phases (phase and session time filled in by the real engine, as the service
 * does), and a signed SOAP record. `running` stops in the targeted phase with
 * no record, so it can still take entries.
 */
export function careSessionFixture(id: string, clientId: string, startAt: number, random: () => number, running = false): Session {
  const events: SessionEvent[] = [{ type: 'start', at: startAt }];
  let at = startAt;
  const walked = running ? 3 : phaseMinutes.length - 1;
  for (let phase = 0; phase < walked; phase += 1) {
    at += (phaseMinutes[phase] as number) * MINUTE;
    if (phase === 3) events.push({ type: 'pause', at: at - 6 * MINUTE }, { type: 'resume', at: at - 5 * MINUTE });
    events.push({ type: 'next', at });
  }
  const handsOnFrom = startAt + 10 * MINUTE;
  const handsOnUntil = running ? startAt + 19 * MINUTE : startAt + 52 * MINUTE;
  if (!running) events.push({ type: 'finish', at: startAt + 60 * MINUTE });
  const session: Session = {
    id,
    plan: structuredClone(defaultPlan60),
    createdAt: startAt,
    events,
    clientId,
    keepEndTime: true,
    intake: {
      screening: [],
      confirmedUnchanged: true,
      painNow: between(random, 3, 8),
      painRegions: [pick(random, regionIds), 'neck'].filter((region, index, all) => all.indexOf(region) === index) as RegionId[],
      painQuality: 'Dull ache, worse in the evening.',
      goals: 'Move the head freely again.',
      allergies: '',
      medications: '',
      recordedAt: startAt + 2 * MINUTE,
    },
  };
  const entries: PressureEntry[] = [];
  for (let n = 0; n < LOG_ENTRIES_PER_SESSION; n += 1) {
    const when = handsOnFrom + Math.round(((n + 0.5) / LOG_ENTRIES_PER_SESSION) * (handsOnUntil - handsOnFrom));
    const state = sessionStateAt(session, when);
    entries.push({
      id: `e${n + 1}`,
      at: when,
      sessionMs: state.phases.reduce((sum, view) => sum + view.elapsedMs, 0),
      phaseIndex: state.phaseIndex,
      phaseName: state.phase.name,
      region: pick(random, regionIds),
      technique: pick(random, techniqueIds),
      level: between(random, 3, 8),
      response: pick(random, responses),
      note: n % 10 === 0 ? 'Tender spot, eased after a minute.' : '',
    });
  }
  session.pressure = { entries, corrections: [] };
  if (!running) {
    const end = startAt + 60 * MINUTE;
    session.record = {
      painAfter: between(random, 0, 4),
      soap: {
        subjective: 'Neck stiff since the last visit; sleeping better.',
        objective: 'Raised tone in the upper trapezius, left more than right.',
        assessment: 'Responded well to sustained pressure.',
        plan: 'Same focus in two weeks; gentle neck stretches at home.',
      },
      savedAt: end,
      signature: { at: end + MINUTE, by: 'Sam Therapist' },
      amendments: [],
    };
  }
  return session;
}

/** Writes records as one file each with plain fs, in the envelope RecordFile writes; fixtures only. */
export function writeRecords(dir: string, records: readonly { id: string }[]): void {
  mkdirSync(dir, { recursive: true });
  for (const record of records) writeFileSync(path.join(dir, `${record.id}.json`), recordFileText(record));
}

/** The fixtures must be records the app accepts, or a benchmark would time the error path. */
export function checkSample(clients: readonly Client[], sessions: readonly Session[]): void {
  const every = (count: number, length: number): number[] => [0, Math.floor(length / 2), length - 1].slice(0, Math.min(count, length));
  for (const index of every(3, clients.length)) clientSchema.parse(clients[index]);
  for (const index of every(3, sessions.length)) sessionSchema.parse(sessions[index]);
}

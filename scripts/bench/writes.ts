import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Store from 'electron-store';
import { sessionSchema } from '../../shared/contract/schemas';
import type { SessionEvent } from '../../shared/session/events';
import type { Session } from '../../shared/session/session';
import { systemClock } from '../../electron/services/clock';
import { SessionsService } from '../../electron/services/sessions';
import { createStorage } from '../../electron/services/storage';
import type { BenchModule } from './framework';
import { seededRandom } from './random';
import { recordFileText, sessionFixture, writeHistory } from './session-fixtures';
import { percentile, round2 } from './stats';

const HISTORY_SIZES = [10, 100, 1000, 10000] as const;
const SINGLE_FILE_SIZES = [1000, 10000] as const;
/** A round appends to every store; the big single files cost seconds each, so they get one append per round. */
const ROUNDS = 20;
const PER_ROUND_SMALL = 5;
const CURRENT_ID = 's-current';
const HOUR = 60 * 60_000;

interface Variant {
  /** The figure it feeds, or a name under meta.details for supporting numbers. */
  name: string;
  figure: boolean;
  perRound: number;
  /** Appends one event and returns once it is on disk. */
  append(type: 'pause' | 'resume'): void;
  samples: number[];
  /** The running session alternates between paused and running, so every command is accepted. */
  paused: boolean;
}

function variant(name: string, figure: boolean, perRound: number, append: Variant['append']): Variant {
  return { name, figure, perRound, append, samples: [], paused: false };
}

/** A data folder as the app keeps it: N session files, one of them the running session. */
function onePerSession(base: string, count: number, random: () => number): Variant {
  const dataDir = path.join(base, `one-file-per-session-${count}`);
  const now = Date.now();
  writeHistory(path.join(dataDir, 'sessions'), count - 1, random, now - HOUR);
  const current = sessionFixture(CURRENT_ID, now - 55 * 60_000, random, true);
  writeFileSync(path.join(dataDir, 'sessions', `${CURRENT_ID}.json`), recordFileText(current));
  writeFileSync(path.join(dataDir, 'current-session.json'), recordFileText({ currentSessionId: CURRENT_ID }));

  const storage = createStorage(dataDir);
  const sessions = new SessionsService({ storage, clock: systemClock, newId: () => 'unused' });
  // The fixtures must be what the real code reads, or the benchmark would measure nothing.
  storage.record('sessions', 's-history-00000', sessionSchema).read();
  if (storage.list('sessions').length !== count || sessions.current()?.events.length !== current.events.length) {
    throw new Error(`The fixture folder for ${count} sessions does not read back through the services.`);
  }
  // The real write path: read the session, check the command, append the event, write the file through RecordFile.
  return variant(`log_write_p95_ms_${count}`, true, PER_ROUND_SMALL, (type) => void sessions.command(CURRENT_ID, { type }));
}

/** The obvious alternative: every session under one key of a single electron-store file. */
function singleFile(base: string, count: number, random: () => number): Variant {
  const dir = path.join(base, `single-file-${count}`);
  mkdirSync(dir, { recursive: true });
  const now = Date.now();
  const all: Record<string, Session> = {};
  for (let i = 0; i < count - 1; i += 1) {
    const session = sessionFixture(`s-history-${String(i).padStart(5, '0')}`, now - (count - i) * 2 * HOUR, random);
    all[session.id] = session;
  }
  all[CURRENT_ID] = sessionFixture(CURRENT_ID, now - 55 * 60_000, random, true);
  writeFileSync(path.join(dir, 'sessions.json'), JSON.stringify({ sessions: all }, undefined, '\t'));
  const store = new Store<{ sessions: Record<string, Session> }>({ cwd: dir, name: 'sessions', watch: false, clearInvalidConfig: false });
  const key = `sessions.${CURRENT_ID}` as const;
  // The same checks as RecordFile (schema on read and on write); electron-store rewrites the whole file.
  return variant(`single_file_write_p95_ms_${count}`, true, 1, (type) => {
    const session = sessionSchema.parse(store.get(key));
    const event: SessionEvent = { type, at: systemClock.now() };
    store.set(key, sessionSchema.parse({ ...session, events: [...session.events, event] }));
  });
}

/** The disk's floor: the same bytes written to a temp file, fsynced and renamed, with no code around it. */
function bareDurableWrite(dir: string, bytes: string): Variant {
  const target = path.join(dir, 'floor.json');
  return variant('bare_fsync_write_p95_ms', false, PER_ROUND_SMALL, () => {
    const fd = openSync(`${target}.tmp`, 'w');
    writeSync(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(`${target}.tmp`, target);
  });
}

function appendOnce(target: Variant): number {
  const started = performance.now();
  target.append(target.paused ? 'resume' : 'pause');
  const ms = performance.now() - started;
  target.paused = !target.paused;
  return ms;
}

export const writesBenchmark: BenchModule = {
  id: 'writes',
  title: 'Durable writes as history grows',
  figures: [...HISTORY_SIZES.map((n) => `log_write_p95_ms_${n}`), ...SINGLE_FILE_SIZES.map((n) => `single_file_write_p95_ms_${n}`)],
  async run(context) {
    const base = mkdtempSync(path.join(os.tmpdir(), 'stillpoint-bench-writes-'));
    try {
      const random = seededRandom(4242);
      const fixtureStart = performance.now();
      const ours = HISTORY_SIZES.map((count) => onePerSession(base, count, random));
      const single = SINGLE_FILE_SIZES.map((count) => singleFile(base, count, random));
      const fixtureSeconds = (performance.now() - fixtureStart) / 1000;
      const sample = path.join(base, 'one-file-per-session-10000', 'sessions', `${CURRENT_ID}.json`);
      const floor = bareDurableWrite(path.dirname(sample), recordFileText(sessionFixture('floor', 0, random)));
      context.log(`writes: fixtures ready in ${fixtureSeconds.toFixed(1)} s; ${ROUNDS} rounds, every store in every round`);

      const variants = [...ours, ...single, floor];
      // One unrecorded append each, so caches are warm for every store alike.
      for (const each of variants) appendOnce(each);
      for (let round = 0; round < ROUNDS; round += 1) {
        // The order rotates each round, so no store always runs first or right after a big file.
        for (let i = 0; i < variants.length; i += 1) {
          const each = variants[(round + i) % variants.length] as Variant;
          for (let n = 0; n < each.perRound; n += 1) each.samples.push(appendOnce(each));
        }
      }
      const p95 = (each: Variant): number => round2(percentile(each.samples, 95));
      const sizes = (dir: string, file: string): number => round2(statSync(path.join(base, dir, file)).size / 1e6);
      return {
        figures: Object.fromEntries(variants.filter((each) => each.figure).map((each) => [each.name, p95(each)])),
        repetitions: ROUNDS * PER_ROUND_SMALL,
        details: {
          rounds: ROUNDS,
          appends_per_round: { one_file_per_session: PER_ROUND_SMALL, single_file: 1 },
          events_per_session: sessionFixture('x', 0, random).events.length,
          session_file_bytes: statSync(path.join(base, 'one-file-per-session-10', 'sessions', 's-history-00000.json')).size,
          single_file_megabytes: Object.fromEntries(SINGLE_FILE_SIZES.map((n) => [n, sizes(`single-file-${n}`, 'sessions.json')])),
          median_ms: Object.fromEntries(variants.map((each) => [each.name.replace('_p95', ''), round2(percentile(each.samples, 50))])),
          bare_fsync_write_p95_ms: p95(floor),
          fixture_seconds: round2(fixtureSeconds),
        },
      };
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  },
};

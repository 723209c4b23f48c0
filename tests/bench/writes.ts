import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Store from 'conf';
import { invokeChannels, type RequestOf } from '../../shared/contract/channels';
import { sessionSchema } from '../../shared/contract/schemas';
import { regionIds } from '../../shared/body/regions';
import { responses } from '../../shared/pressure/log';
import { techniqueIds } from '../../shared/pressure/techniques';
import type { Session } from '../../shared/session/session';
import { systemClock } from '../../electron/services/clock';
import { SessionCareService } from '../../electron/services/session-care';
import { SessionsService } from '../../electron/services/sessions';
import { createStorage } from '../../electron/services/storage';
import { onDisk } from '../helpers/on-disk';
import { oldStorage } from './baseline/old-store';
import { careSessionFixture, checkSample, LOG_ENTRIES_PER_SESSION } from './care-fixtures';
import type { BenchModule } from './framework';
import { seededRandom } from './random';
import { recordFileText } from './session-fixtures';
import { percentile, round2 } from './stats';

const HISTORY_SIZES = [10, 100, 1000, 10000] as const;
const SINGLE_FILE_SIZES = [1000, 10000] as const;
/** A round appends to every store; the big single files cost seconds each, so they get one append per round. */
const ROUNDS = 20;
const PER_ROUND_SMALL = 5;
/** At 10,000 sessions one file is ~150 MB and an append takes seconds, so it is sampled every few rounds. */
const SINGLE_FILE_EVERY: Record<number, number> = { 1000: 1, 10000: 4 };
const CURRENT_ID = 's-current';
const CLIENT_ID = 'c-bench';
const MINUTE = 60_000;

type Entry = Omit<RequestOf<'pressure.log'>, 'sessionId'>;

interface Variant {
  /** The figure it feeds, or a name under meta.details for supporting numbers. */
  name: string;
  figure: boolean;
  perRound: number;
  /** Rounds it takes part in: every `every`-th. */
  every: number;
  /** Appends one pressure-log entry and returns once it is on disk. */
  append(entry: Entry): void;
  samples: number[];
}

function variant(name: string, figure: boolean, perRound: number, append: Variant['append'], every = 1): Variant {
  return { name, figure, perRound, every, append, samples: [] };
}

/** The running session: in the targeted phase (hands-on) for the next 24 minutes, 40 entries logged so far. */
const runningSession = (random: () => number): Session => careSessionFixture(CURRENT_ID, CLIENT_ID, Date.now() - 21 * MINUTE, random, true);

/** Finished sessions of the past, one file each, written with plain fs (fixtures only). */
function writeCareHistory(sessionsDir: string, count: number, random: () => number): Session[] {
  mkdirSync(sessionsDir, { recursive: true });
  const sessions: Session[] = [];
  const before = Date.now() - 2 * 60 * MINUTE;
  for (let i = 0; i < count; i += 1) {
    const session = careSessionFixture(`s-history-${String(i).padStart(5, '0')}`, CLIENT_ID, before - (count - i) * 24 * 60 * MINUTE, random);
    writeFileSync(path.join(sessionsDir, `${session.id}.json`), recordFileText(session));
    if (i === 0) sessions.push(session);
  }
  return sessions;
}

/** A data folder as the app keeps it: N session files, one of them the running session. */
function onePerSession(base: string, count: number, random: () => number, baseline = false): Variant {
  const prefix = baseline ? 'baseline_' : '';
  const dataDir = path.join(base, `${prefix}one-file-per-session-${count}`, 'data');
  const sample = writeCareHistory(path.join(dataDir, 'sessions'), count - 1, random);
  const current = runningSession(random);
  writeFileSync(path.join(dataDir, 'sessions', `${CURRENT_ID}.json`), recordFileText(current));
  writeFileSync(path.join(dataDir, 'current-session.json'), recordFileText({ currentSessionId: CURRENT_ID }));
  checkSample([], [...sample, current]);

  // The baseline is the store before issue 14: one conf (electron-store's core) store per record file, every change a whole-file rewrite.
  const storage = baseline ? oldStorage(dataDir) : createStorage(dataDir);
  const sessions = new SessionsService({ storage, clock: systemClock, newId: () => 'unused' });
  const care = new SessionCareService(sessions, systemClock);
  // The fixtures must be what the real code reads, or the benchmark would measure nothing.
  storage.record('sessions', 's-history-00000', sessionSchema).read();
  if (storage.list('sessions').length !== count || sessions.current()?.pressure?.entries.length !== LOG_ENTRIES_PER_SESSION) {
    throw new Error(`The fixture folder for ${count} sessions does not read back through the services.`);
  }
  // The room's path: the pressure.log request checked against the contract, then the service reads the
  // session, checks it is in a hands-on phase, appends the entry and writes the file through RecordFile.
  const request = invokeChannels['pressure.log'].request;
  return variant(`${prefix}log_write_p95_ms_${count}`, true, PER_ROUND_SMALL, (entry) => {
    const { sessionId, ...checked } = request.parse({ sessionId: CURRENT_ID, ...entry });
    care.log(sessionId, checked);
  });
}

/** The obvious alternative: every session under one key of a single electron-store file. */
function singleFile(base: string, count: number, random: () => number): Variant {
  const dir = path.join(base, `single-file-${count}`);
  mkdirSync(dir, { recursive: true });
  const before = Date.now() - 2 * 60 * MINUTE;
  const all: Record<string, Session> = {};
  for (let i = 0; i < count - 1; i += 1) {
    const session = careSessionFixture(`s-history-${String(i).padStart(5, '0')}`, CLIENT_ID, before - (count - i) * 24 * 60 * MINUTE, random);
    all[session.id] = session;
  }
  all[CURRENT_ID] = runningSession(random);
  writeFileSync(path.join(dir, 'sessions.json'), JSON.stringify({ sessions: all }, undefined, '\t'));
  const store = new Store<{ sessions: Record<string, Session> }>({ cwd: dir, configName: 'sessions', watch: false, clearInvalidConfig: false });
  const key = `sessions.${CURRENT_ID}` as const;
  // The same service logic and schema checks; only the storage differs: electron-store rewrites the whole file.
  const oneFile = {
    update(id: string, change: (session: Session) => Session): Session {
      const updated = sessionSchema.parse(change(sessionSchema.parse(store.get(`sessions.${id}`))));
      store.set(key, updated);
      return updated;
    },
  } as Pick<SessionsService, 'update'> as SessionsService;
  const care = new SessionCareService(oneFile, systemClock);
  return variant(`single_file_write_p95_ms_${count}`, true, 1, (entry) => void care.log(CURRENT_ID, entry), SINGLE_FILE_EVERY[count] ?? 1);
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

/** What the therapist logs: a region, a technique, a level and the client's word. */
function nextEntry(random: () => number): Entry {
  const at = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return { region: at(regionIds), technique: at(techniqueIds), level: 3 + Math.floor(random() * 6), response: at(responses) };
}

function appendOnce(target: Variant, entry: Entry): number {
  const started = performance.now();
  target.append(entry);
  return performance.now() - started;
}

/** Every store in every round, after one unrecorded append each so caches are warm alike; the order rotates each round, so no store always runs first. */
function measureInRotation(variants: Variant[], entries: () => number): void {
  for (const each of variants) appendOnce(each, nextEntry(entries));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let i = 0; i < variants.length; i += 1) {
      const each = variants[(round + i) % variants.length] as Variant;
      if (round % each.every !== 0) continue;
      for (let n = 0; n < each.perRound; n += 1) each.samples.push(appendOnce(each, nextEntry(entries)));
    }
  }
}

export const writesBenchmark: BenchModule = {
  id: 'writes',
  title: 'Durable writes as history grows',
  figures: [
    ...HISTORY_SIZES.map((n) => `log_write_p95_ms_${n}`),
    'baseline_log_write_p95_ms_10000',
    ...SINGLE_FILE_SIZES.map((n) => `single_file_write_p95_ms_${n}`),
  ],
  async run(context) {
    const base = mkdtempSync(path.join(os.tmpdir(), 'stillpoint-bench-writes-'));
    try {
      const random = seededRandom(4242);
      const fixtureStart = performance.now();
      const ours = [...HISTORY_SIZES.map((count) => onePerSession(base, count, random)), onePerSession(base, 10000, random, true)];
      const sessionsDir = path.join(base, 'one-file-per-session-10000', 'data', 'sessions');
      const floor = bareDurableWrite(sessionsDir, recordFileText(careSessionFixture('floor', CLIENT_ID, 0, random)));
      const entries = seededRandom(77);
      let fixtureSeconds = (performance.now() - fixtureStart) / 1000;
      context.log(`writes: one-file-per-session fixtures ready in ${fixtureSeconds.toFixed(1)} s; ${ROUNDS} rounds, then the single files`);
      measureInRotation([...ours, floor], entries);
      // The single big files come after, in rounds of their own: each of their writes churns hundreds of megabytes
      // of heap and page cache, and the garbage collection and writeback it leaves behind would land on whichever
      // store ran next, which says nothing about that store. The two phases share the process, the disk and the run.
      const singleStart = performance.now();
      const single = SINGLE_FILE_SIZES.map((count) => singleFile(base, count, random));
      fixtureSeconds += (performance.now() - singleStart) / 1000;
      measureInRotation(single, entries);
      const variants = [...ours, ...single, floor];
      const p95 = (each: Variant): number => round2(percentile(each.samples, 95));
      const sizes = (dir: string, file: string): number => round2(statSync(path.join(base, dir, file)).size / 1e6);
      const logged = onDisk(path.dirname(sessionsDir), `sessions/${CURRENT_ID}`) as unknown as { record: Session };
      return {
        figures: Object.fromEntries(variants.filter((each) => each.figure).map((each) => [each.name, p95(each)])),
        repetitions: ROUNDS * PER_ROUND_SMALL,
        details: {
          operation: 'pressure.log: one pressure-log entry appended to the running session',
          rounds: ROUNDS,
          appends_per_round: { one_file_per_session: PER_ROUND_SMALL, single_file: 1 },
          single_file_samples: Object.fromEntries(single.map((each) => [each.name, each.samples.length])),
          log_entries_per_stored_session: LOG_ENTRIES_PER_SESSION,
          running_session_entries_at_end: logged.record.pressure?.entries.length,
          session_file_bytes: statSync(path.join(sessionsDir, 's-history-00000.json')).size,
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

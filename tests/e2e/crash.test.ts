import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { sessionStateAt } from '../../shared/session/derive';
import type { Session } from '../../shared/session/session';
import { invokeOverHttp } from '../helpers/contract-http';
import { randomSource } from '../helpers/fuzz';
import { onDisk } from '../helpers/on-disk';
import { sessionWith, T0 } from '../helpers/sessions';
import { startServe, type ServeProcess } from './harness';

const RUNS = Number(process.env.CRASH_RUNS ?? 200);
/**
 * The script a therapist follows; each run picks up where the last kill left it. Intake with a flag,
 * the decision on it, then pressure feedback (and a correction) in the hands-on warm-up.
 */
const script = [
  'intake', 'next', 'pause', 'resume', 'adjust', 'next', 'acknowledge', 'log', 'log', 'correct',
  'back', 'next', 'log', 'pause', 'log', 'resume', 'finish',
] as const;
type Step = (typeof script)[number] | 'start';

/** How many steps of the script a session holds: each step adds exactly one of these. */
function stepsDone(session: Session): number {
  return (
    session.events.length - 1 +
    (session.intake ? 1 : 0) +
    (session.acknowledgement ? 1 : 0) +
    (session.pressure?.entries.length ?? 0) +
    (session.pressure?.corrections.length ?? 0)
  );
}

/** What was acknowledged is still there, in order, byte for byte. */
function expectHolds(onDisk: Session, acked: Session): void {
  expect(onDisk.events.slice(0, acked.events.length)).toEqual(acked.events);
  if (acked.intake) expect(onDisk.intake).toEqual(acked.intake);
  if (acked.acknowledgement) expect(onDisk.acknowledgement).toEqual(acked.acknowledgement);
  const entries = acked.pressure?.entries ?? [];
  const corrections = acked.pressure?.corrections ?? [];
  expect(onDisk.pressure?.entries.slice(0, entries.length) ?? []).toEqual(entries);
  expect(onDisk.pressure?.corrections.slice(0, corrections.length) ?? []).toEqual(corrections);
}

interface Model {
  /** Every session ever acknowledged, with the events the server confirmed. */
  acked: Map<string, Session>;
  current: Session | null;
  inFlight: { type: Step; sentAt: number } | null;
}

async function post(server: ServeProcess, channel: string, body: unknown): Promise<{ ok: boolean; value?: Session }> {
  return invokeOverHttp<Session>(server.url, channel, body);
}

/** The session as the bytes on disk hold it: its file, plus its live journal while it runs. */
function readSessionFile(dataDir: string, id: string): Session {
  return onDisk(dataDir, `sessions/${id}`).record as unknown as Session;
}

/** After a restart: nothing acknowledged is missing, and the clock reads what the therapist last saw. */
async function checkAfterRestart(server: ServeProcess, dataDir: string, model: Model): Promise<void> {
  for (const [id, acked] of model.acked) {
    const onDisk = readSessionFile(dataDir, id);
    expectHolds(onDisk, acked);
    // At most the one step that was on its way when the process died, written but not yet answered.
    expect(stepsDone(onDisk) - stepsDone(acked)).toBeLessThanOrEqual(id === model.current?.id && model.inFlight ? 1 : 0);
  }
  const answer = await post(server, 'session.current', {});
  expect(answer.ok).toBe(true);
  const resumed = answer.value ?? null;
  const startedUnanswered = model.inFlight?.type === 'start' && resumed !== null && !model.acked.has(resumed.id);
  if (startedUnanswered) {
    // The process died after writing a new session but before answering: it holds only its start.
    expect(resumed!.events).toHaveLength(1);
    expect(resumed!.events[0]!.at).toBeGreaterThanOrEqual(model.inFlight!.sentAt - 1000);
  } else if (model.current) {
    expect(resumed?.id).toBe(model.current.id);
    expectHolds(resumed!, model.current);
    const expected = { ...model.current, events: [...model.current.events] };
    const extra = resumed!.events.slice(model.current.events.length);
    if (extra[0]) {
      expect(extra[0].type).toBe(model.inFlight?.type);
      expect(extra[0].at).toBeGreaterThanOrEqual(model.inFlight!.sentAt - 1000);
      expected.events.push(extra[0]);
    }
    const now = Date.now();
    const seen = sessionStateAt(expected, now);
    const after = sessionStateAt(resumed!, now);
    expect(after.phaseIndex).toBe(seen.phaseIndex);
    expect(after.status).toBe(seen.status);
    expect(Math.abs(after.phaseLeftMs - seen.phaseLeftMs)).toBeLessThanOrEqual(1000);
    expect(Math.abs(after.sessionLeftMs - seen.sessionLeftMs)).toBeLessThanOrEqual(1000);
  }
  model.current = resumed;
  if (resumed) model.acked.set(resumed.id, resumed);
  model.inFlight = null;
}

/** One step over the real channels, as the room screen sends it. */
function send(server: ServeProcess, step: Step, current: Session | null): Promise<{ ok: boolean; value?: Session }> {
  if (step === 'start') return post(server, 'session.start', { planId: 'default-60' });
  const sessionId = current!.id;
  switch (step) {
    case 'intake':
      return post(server, 'intake.save', {
        sessionId,
        intake: {
          screening: [{ id: 'open-wound-or-skin-infection', level: 'modify', note: 'graze on the left calf', avoidRegions: ['calves'] }],
          confirmedUnchanged: false,
          painNow: 6,
          painRegions: ['lower-back'],
          painQuality: 'dull ache',
          goals: 'sleep through the night',
        },
      });
    case 'acknowledge':
      return post(server, 'intake.acknowledge', { sessionId, decision: 'modify', note: 'calves left out' });
    case 'log': {
      const count = current!.pressure?.entries.length ?? 0;
      return post(server, 'pressure.log', { sessionId, region: 'lower-back', technique: 'petrissage', level: 4 + count, response: count % 2 ? 'less' : 'more', note: `entry ${count + 1}` });
    }
    case 'correct':
      return post(server, 'pressure.correct', { sessionId, entryId: current!.pressure!.entries.at(-1)!.id, change: { level: 5, note: 'corrected' } });
    case 'adjust':
      return post(server, 'session.command', { sessionId, command: { type: 'adjust', seconds: 60 } });
    default:
      return post(server, 'session.command', { sessionId, command: { type: step } });
  }
}

/** Runs the script until the process is killed under it; `answered` hears each acknowledged step. */
async function drive(server: ServeProcess, model: Model, answered: () => void): Promise<void> {
  for (;;) {
    const running = model.current && model.current.events.at(-1)?.type !== 'finish';
    const step: Step = running ? script[stepsDone(model.current!)] ?? 'finish' : 'start';
    model.inFlight = { type: step, sentAt: Date.now() };
    const answer = await send(server, step, model.current);
    expect(answer.ok, `${step}: ${JSON.stringify(answer)}`).toBe(true);
    model.current = answer.value!;
    model.acked.set(answer.value!.id, answer.value!);
    model.inFlight = null;
    answered();
  }
}

const LANES = 2;

interface LaneResult {
  survived: number;
  /** Restarts that found the running session's journal and had to replay it. */
  fromJournal: number;
  killedMidRequest: number;
  sessions: number;
  events: number;
  entries: number;
}

/** One data folder, killed and restarted `runs` times; lanes run side by side to keep the suite quick. */
async function lane(runs: number, seed: number): Promise<LaneResult> {
  const root = mkdtempSync(path.join(tmpdir(), 'stillpoint-crash-'));
  dataDirs.push(root);
  const dataDir = path.join(root, 'data');
  const random = randomSource(seed);
  const model: Model = { acked: new Map(), current: null, inFlight: null };
  let survived = 0;
  let killedMidRequest = 0;
  let fromJournal = 0;
  for (let run = 0; run < runs; run += 1) {
    if (model.current && existsSync(path.join(dataDir, 'journal', 'sessions', `${model.current.id}.jsonl`))) fromJournal += 1;
    const server = await startServe(dataDir);
    await checkAfterRestart(server, dataDir, model);
    if (run > 0) survived += 1;
    // The kill lands after a random number of answered steps, a random instant into the next one, so it
    // strikes every part of a request however fast or slow the disk is today.
    const stepsFirst = Math.floor(random.next() * 4);
    const killAfter = random.next() * 30;
    let answers = 0;
    let kill: () => void = () => undefined;
    const killed = new Promise<void>((resolve) => {
      kill = () => setTimeout(() => void server.kill('SIGKILL').then(resolve), killAfter);
    });
    if (stepsFirst === 0) kill();
    await drive(server, model, () => {
      answers += 1;
      if (answers === stepsFirst) kill();
    }).catch((error: unknown) => {
      if (!(error instanceof TypeError)) throw error; // fetch fails once the process is gone
    });
    await killed;
    if (model.inFlight) killedMidRequest += 1;
  }
  const last = await startServe(dataDir);
  await checkAfterRestart(last, dataDir, model);
  survived += 1;
  await last.kill();
  expect(existsSync(path.join(root, 'quarantine'))).toBe(false);
  const sessions = [...model.acked.values()];
  return {
    survived,
    fromJournal,
    killedMidRequest,
    sessions: sessions.length,
    events: sessions.reduce((n, s) => n + s.events.length, 0),
    entries: sessions.reduce((n, s) => n + (s.pressure?.entries.length ?? 0) + (s.pressure?.corrections.length ?? 0), 0),
  };
}

const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe('a crash at any instant loses nothing acknowledged', () => {
  it(`survives SIGKILL at ${RUNS} random instants during scripted sessions`, async () => {
    const seed = Number(process.env.CRASH_SEED ?? 6);
    const results = await Promise.all(
      Array.from({ length: LANES }, (_, index) => lane(Math.ceil(RUNS / LANES), seed + index)),
    );
    const sum = (key: keyof LaneResult) => results.reduce((total, result) => total + result[key], 0);
    console.log(
      `crash points survived with nothing lost: ${sum('survived')} SIGKILLs (${sum('killedMidRequest')} during a request, ` +
        `${sum('fromJournal')} restarts replaying a live journal), ` +
        `${sum('sessions')} sessions, ${sum('events')} acknowledged events and ${sum('entries')} pressure-log entries and corrections checked after restarts`,
    );
    expect(sum('survived')).toBeGreaterThanOrEqual(RUNS);
    expect(sum('fromJournal')).toBeGreaterThan(RUNS / 4);
  }, 600_000);
});

/** Finished sessions an older Stillpoint left: readable by every user of the computer, no layout marker. */
const OLD_SESSIONS = 3000;
const MIGRATION_RUNS = 30;

function oldDataFolder(): { dataDir: string; old: Map<string, unknown> } {
  const root = mkdtempSync(path.join(tmpdir(), 'stillpoint-crash-migration-'));
  dataDirs.push(root);
  const dataDir = path.join(root, 'data');
  const sessionsDir = path.join(dataDir, 'sessions');
  mkdirSync(sessionsDir, { recursive: true, mode: 0o755 });
  const old = new Map<string, unknown>();
  for (let n = 0; n < OLD_SESSIONS; n += 1) {
    const at = T0 - (n + 1) * 86_400_000;
    const session = { ...sessionWith([{ type: 'start', at }, { type: 'finish', at: at + 3_600_000 }]), id: `s-old-${n}` };
    old.set(session.id, session);
    writeFileSync(path.join(sessionsDir, `${session.id}.json`), JSON.stringify({ schemaVersion: 1, record: session }, null, '\t'), { mode: 0o644 });
  }
  chmodSync(dataDir, 0o755);
  chmodSync(root, 0o755);
  return { dataDir, old };
}

/**
 * Waits until the move to the new layout has come `share` of the way (true: kill now, mid-move), or is over
 * (false). Polls what the back end reports, never a fixed time.
 */
async function migrationReached(server: ServeProcess, marker: string, share: number): Promise<boolean> {
  let moving = false;
  await vi.waitFor(
    async () => {
      const status = await invokeOverHttp<{ migration: { done: number; total: number } | null }>(server.url, 'data.status', {});
      const migration = status.value?.migration;
      moving = migration !== null && migration !== undefined && migration.done >= share * migration.total;
      if (!moving && !existsSync(marker)) throw new Error('the move has not come that far yet');
    },
    { timeout: 60_000, interval: 5 },
  );
  return moving;
}

/** Appends half a line to every live journal, as a kill in the middle of a write would leave it; returns how many. */
function tearJournals(dataDir: string): number {
  const dir = path.join(dataDir, 'journal', 'sessions');
  const journals = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.jsonl')) : [];
  for (const name of journals) appendFileSync(path.join(dir, name), '1c0ffee0 [{"t":"append","path":["events"],"items":[{"type":"fin');
  return journals.length;
}

describe('a crash while an older data folder moves to the new layout loses nothing', () => {
  it('survives SIGKILL during the move while a session runs, and a later start finishes the move', async () => {
    const { dataDir, old } = oldDataFolder();
    const marker = path.join(dataDir, '.cache', 'layout.json');
    const random = randomSource(Number(process.env.CRASH_SEED ?? 6) + 100);
    const model: Model = { acked: new Map(), current: null, inFlight: null };
    let killedMoving = 0;
    let tornJournals = 0;
    for (let run = 0; run < MIGRATION_RUNS && !existsSync(marker); run += 1) {
      const server = await startServe(dataDir);
      await checkAfterRestart(server, dataDir, model);
      // The room is used meanwhile: the session script runs while the files are moved.
      const driving = drive(server, model, () => undefined).catch((error: unknown) => {
        if (!(error instanceof TypeError)) throw error;
      });
      // Killed at a random point of the move, as the back end reports its progress.
      if (await migrationReached(server, marker, random.next() * 0.5)) killedMoving += 1;
      await server.kill('SIGKILL');
      await driving;
      // A line the kill cut short (never answered): the next start drops it and keeps every line before it.
      tornJournals += tearJournals(dataDir);
    }
    const last = await startServe(dataDir);
    await checkAfterRestart(last, dataDir, model);
    await expect.poll(() => existsSync(marker), { timeout: 60_000 }).toBe(true);
    await last.kill();

    console.log(
      `moving an older data folder: ${killedMoving} SIGKILLs while it moved, ${tornJournals} live journals left with a torn last line, ` +
        `${model.acked.size} sessions run meanwhile, ${old.size} old sessions checked`,
    );
    expect(killedMoving).toBeGreaterThan(0);
    expect(tornJournals).toBeGreaterThan(0);
    expect(existsSync(marker)).toBe(true);
    for (const [id, session] of old) expect(onDisk(dataDir, `sessions/${id}`).record).toEqual(session);
    expect(statSync(path.join(dataDir, 'sessions', 's-old-0.json')).mode & 0o777).toBe(0o600);
    expect(existsSync(path.join(path.dirname(dataDir), 'quarantine'))).toBe(false);
  }, 600_000);
});


import { systemClock } from '../../electron/services/clock';
import { CueScheduler } from '../../electron/services/cue-scheduler';
import type { Plan } from '../../shared/plans/plan';
import type { Cue } from '../../shared/session/cues';
import type { Session } from '../../shared/session/session';
import type { BenchModule } from './framework';
import { startLoad, type LoadOptions } from './load';
import { between, seededRandom } from './random';
import { percentile, round2 } from './stats';

/** The naive countdown's tick, and the grain of every phase length. */
const TICK_MS = 10;
const SESSIONS = 8;
/** As many phases as a plan may hold (MAX_PHASES): realistic sessions, just very fast ones. */
const PHASES_PER_SESSION = 30;
const LOAD: LoadOptions = { blockMs: [5, 20], gapMs: [5, 45] };
/**
 * On a starved machine the naive countdown can fall minutes behind. Once our
 * scheduler is done it gets this much longer; sessions it has not finished
 * by then are left out of its figures, and the details say so.
 */
const NAIVE_GRACE_MS = 60_000;

/** A day of back-to-back sessions as one side saw it. */
interface Run {
  /** Cue lateness in ms, every cue in order. */
  lateness: number[];
  /** For each session finished: its last cue's time minus the session's planned end. */
  drifts: number[];
}

/** A plan of very short phases; each may shrink to half its length so the planned end can hold. */
function shortPlan(index: number, lengthsMs: number[]): Plan {
  return {
    id: `bench-${index}`,
    name: `Short session ${index + 1}`,
    phases: lengthsMs.map((ms, i) => ({
      id: `phase-${i}`,
      name: `Phase ${i + 1}`,
      durationSec: ms / 1000,
      minimumSec: ms / 2000,
      optional: false,
      enabled: true,
      handsOn: false,
    })),
  };
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * The real CueScheduler on the real system clock. At each cue the
 * "therapist" moves on at once, as fast as a person could: a Next event (or,
 * after the last phase, a new session) stamped with the clock as
 * SessionsService stamps it, reaching the scheduler after the delivery
 * returns, as the backend's onChange does. A late cue makes the next phase
 * start late; the engine then shrinks the later phases so the session still
 * ends at its planned instant, which the session's last cue is measured against.
 */
function runScheduler(sessions: number[][]): Promise<Run & { missed: number }> {
  const run: Run & { missed: number } = { lateness: [], drifts: [], missed: 0 };
  let index = 0;
  const begin = (at: number): Session => ({
    id: `bench-session-${index}`,
    plan: shortPlan(index, sessions[index] as number[]),
    createdAt: at,
    events: [{ type: 'start', at }],
  });
  let session = begin(systemClock.now());
  return new Promise((resolve) => {
    const reached = (cue: Cue): void => {
      const now = systemClock.now();
      run.lateness.push(now - cue.dueAt);
      if (cue.nextPhaseName === null) run.drifts.push(now - (session.createdAt + sum(sessions[index] as number[])));
      queueMicrotask(moveOn);
    };
    const scheduler = new CueScheduler(systemClock, {
      due: reached,
      // Over 30 s late, the scheduler reports a cue as missed instead of chiming; it still counts, late as it is.
      missed(count, latest) {
        run.missed += count;
        reached(latest);
      },
    });
    const moveOn = (): void => {
      const now = systemClock.now();
      if (session.events.length < PHASES_PER_SESSION) {
        session = { ...session, events: [...session.events, { type: 'next', at: now }] };
      } else if (++index < sessions.length) {
        session = begin(now);
      } else {
        scheduler.stop();
        resolve(run);
        return;
      }
      scheduler.track(session);
    };
    scheduler.track(session);
  });
}

/**
 * What timer apps commonly do: a counter decremented on every tick of a
 * setInterval. Each session starts on the tick that ended the one before.
 */
function startNaiveCountdown(sessions: number[][]): { run: Run; finished: Promise<void>; stop(): void } {
  const run: Run = { lateness: [], drifts: [] };
  const lengths = sessions.flat();
  let cue = 0;
  let ticksLeft = (lengths[0] as number) / TICK_MS;
  let sessionStart = Date.now();
  let plannedNext = sessionStart + (lengths[0] as number);
  let interval: ReturnType<typeof setInterval> | undefined;
  let finish = (): void => undefined;
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
    interval = setInterval(() => {
      ticksLeft -= 1;
      if (ticksLeft > 0) return;
      const now = Date.now();
      run.lateness.push(now - plannedNext);
      cue += 1;
      if (cue % PHASES_PER_SESSION === 0) {
        run.drifts.push(now - plannedNext);
        sessionStart = now;
        plannedNext = sessionStart;
      }
      if (cue === lengths.length) {
        clearInterval(interval);
        resolve();
        return;
      }
      ticksLeft = (lengths[cue] as number) / TICK_MS;
      plannedNext += lengths[cue] as number;
    }, TICK_MS);
  });
  return {
    run,
    finished,
    stop() {
      clearInterval(interval);
      // Only whole sessions count, so an unfinished one cannot flatter the figures.
      run.lateness.splice(run.drifts.length * PHASES_PER_SESSION);
      finish();
    },
  };
}

export const cuesBenchmark: BenchModule = {
  id: 'cues',
  title: 'Cues on time under load',
  figures: [
    'cue_lateness_p50_ms',
    'cue_lateness_p99_ms',
    'cue_lateness_max_ms',
    'cue_drift_ms',
    'naive_lateness_p99_ms',
    'naive_drift_ms',
  ],
  async run(context) {
    const random = seededRandom(20240607);
    const sessions = Array.from({ length: SESSIONS }, () =>
      Array.from({ length: PHASES_PER_SESSION }, () => between(random, 10, 30) * TICK_MS),
    );
    const cues = SESSIONS * PHASES_PER_SESSION;
    context.log(`cues: ${SESSIONS} sessions, ${cues} cues 100-300 ms apart; ours and a naive countdown side by side, under load`);

    const startedAt = Date.now();
    const load = startLoad(seededRandom(99), LOAD);
    const naive = startNaiveCountdown(sessions);
    const ours = await runScheduler(sessions);
    context.log(`cues: our scheduler is done after ${((Date.now() - startedAt) / 1000).toFixed(0)} s; waiting for the naive countdown`);
    const grace = setTimeout(() => naive.stop(), NAIVE_GRACE_MS);
    await naive.finished;
    clearTimeout(grace);
    const wallMs = Date.now() - startedAt;
    const { busyMs, blocks } = load.stop();

    if (ours.lateness.length !== cues) throw new Error(`The scheduler delivered ${ours.lateness.length} cues of ${cues}.`);
    if (naive.run.drifts.length === 0) throw new Error('The naive countdown did not finish a single session in time.');
    const worst = (drifts: number[]): number => round2(Math.max(...drifts.map(Math.abs)));
    return {
      figures: {
        cue_lateness_p50_ms: round2(percentile(ours.lateness, 50)),
        cue_lateness_p99_ms: round2(percentile(ours.lateness, 99)),
        cue_lateness_max_ms: round2(Math.max(...ours.lateness)),
        cue_drift_ms: round2(ours.drifts.at(-1) as number),
        naive_lateness_p99_ms: round2(percentile(naive.run.lateness, 99)),
        naive_drift_ms: round2(naive.run.drifts.at(-1) as number),
      },
      repetitions: cues,
      details: {
        sessions: SESSIONS,
        phases_per_session: PHASES_PER_SESSION,
        phase_ms: [Math.min(...sessions.flat()), Math.max(...sessions.flat())],
        session_seconds: sessions.map((lengths) => sum(lengths) / 1000),
        worst_session_drift_ms: { ours: worst(ours.drifts), naive: worst(naive.run.drifts) },
        naive_tick_ms: TICK_MS,
        naive_sessions_finished: naive.run.drifts.length,
        load_block_ms: LOAD.blockMs,
        load_gap_ms: LOAD.gapMs,
        load_blocks: blocks,
        load_busy_percent: round2((busyMs / wallMs) * 100),
        missed_cues: ours.missed,
      },
    };
  },
};

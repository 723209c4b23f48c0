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
/** As many phases as a plan may hold (MAX_PHASES), so each session is a plausible plan. */
const PHASES_PER_SESSION = 30;
const LOAD: LoadOptions = { blockMs: [5, 20], gapMs: [5, 45] };

function shortPlan(index: number, lengthsMs: number[]): Plan {
  return {
    id: `bench-${index}`,
    name: `Bench plan ${index + 1}`,
    phases: lengthsMs.map((ms, i) => ({
      id: `phase-${i}`,
      name: `Phase ${i + 1}`,
      durationSec: ms / 1000,
      minimumSec: ms / 1000,
      optional: false,
      enabled: true,
      handsOn: false,
    })),
  };
}

function startedSession(plan: Plan, at: number): Session {
  return { id: `bench-session-${plan.id}`, plan, createdAt: at, events: [{ type: 'start', at }] };
}

/**
 * Runs the real CueScheduler on the real system clock through sessions of
 * very short phases. At each cue the "therapist" moves on to the next phase
 * (a Next event stamped at the cue's due instant, as an auto-advance would),
 * so every cue's due instant is fixed when the run starts.
 */
function runScheduler(plans: Plan[], startAt: number): Promise<{ lateness: number[]; delivered: number[]; missed: number }> {
  const lateness: number[] = [];
  const delivered: number[] = [];
  let missed = 0;
  let planIndex = 0;
  let session = startedSession(plans[0] as Plan, startAt);
  return new Promise((resolve) => {
    const scheduler = new CueScheduler(systemClock, {
      due(cue) {
        const now = systemClock.now();
        lateness.push(now - cue.dueAt);
        delivered.push(now);
        // A new event reaches the scheduler the way the backend's onChange does: after this delivery returns.
        queueMicrotask(() => moveOn(cue));
      },
      missed(count) {
        missed += count;
      },
    });
    const moveOn = (cue: Cue): void => {
      if (cue.nextPhaseName !== null) {
        session = { ...session, events: [...session.events, { type: 'next', at: cue.dueAt }] };
      } else if (++planIndex < plans.length) {
        session = startedSession(plans[planIndex] as Plan, cue.dueAt);
      } else {
        scheduler.stop();
        resolve({ lateness, delivered, missed });
        return;
      }
      scheduler.track(session);
    };
    scheduler.track(session);
  });
}

/** What timer apps commonly do: a counter decremented on every tick of a setInterval. */
function runNaiveCountdown(lengthsMs: number[], planned: number[]): Promise<number[]> {
  const lateness: number[] = [];
  let index = 0;
  let ticksLeft = (lengthsMs[0] as number) / TICK_MS;
  return new Promise((resolve) => {
    const interval = setInterval(() => {
      ticksLeft -= 1;
      if (ticksLeft > 0) return;
      lateness.push(Date.now() - (planned[index] as number));
      index += 1;
      if (index === lengthsMs.length) {
        clearInterval(interval);
        resolve(lateness);
      } else {
        ticksLeft = (lengthsMs[index] as number) / TICK_MS;
      }
    }, TICK_MS);
  });
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
    const lengths = Array.from({ length: SESSIONS }, () =>
      Array.from({ length: PHASES_PER_SESSION }, () => between(random, 10, 30) * TICK_MS),
    );
    const flat = lengths.flat();
    const plans = lengths.map((phases, index) => shortPlan(index, phases));
    context.log(`cues: ${flat.length} cues 100-300 ms apart, ours and a naive countdown side by side, under load`);

    const load = startLoad(seededRandom(99), LOAD);
    const startAt = Date.now();
    let elapsed = 0;
    const planned = flat.map((ms) => (elapsed += ms) + startAt);
    const [ours, naive] = await Promise.all([runScheduler(plans, startAt), runNaiveCountdown(flat, planned)]);
    const wallMs = Date.now() - startAt;
    const { busyMs, blocks } = load.stop();

    if (ours.lateness.length !== flat.length) {
      throw new Error(`The scheduler delivered ${ours.lateness.length} cues; the plans hold ${flat.length}.`);
    }
    const lastPlanned = planned.at(-1) as number;
    return {
      figures: {
        cue_lateness_p50_ms: round2(percentile(ours.lateness, 50)),
        cue_lateness_p99_ms: round2(percentile(ours.lateness, 99)),
        cue_lateness_max_ms: round2(Math.max(...ours.lateness)),
        cue_drift_ms: round2((ours.delivered.at(-1) as number) - lastPlanned),
        naive_lateness_p99_ms: round2(percentile(naive, 99)),
        naive_drift_ms: round2(naive.at(-1) as number),
      },
      repetitions: flat.length,
      details: {
        cues: flat.length,
        phase_ms: [Math.min(...flat), Math.max(...flat)],
        naive_tick_ms: TICK_MS,
        load_block_ms: LOAD.blockMs,
        load_gap_ms: LOAD.gapMs,
        load_blocks: blocks,
        load_busy_percent: round2((busyMs / wallMs) * 100),
        missed_cues: ours.missed,
      },
    };
  },
};

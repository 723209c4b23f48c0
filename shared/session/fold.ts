import { enabledPhases, type Phase } from '../plans/plan';
import type { SessionEvent } from './events';
import type { Session } from './session';

export type RunStatus = 'running' | 'paused' | 'finished';

export interface EngineOptions {
  /** Shrink later phases (down to their minimums) so the planned end holds. */
  keepEndTime: boolean;
}

export const defaultEngineOptions: EngineOptions = { keepEndTime: true };

/** The options a session was started with; the service, scheduler and screen all read them from here. */
export function engineOptionsOf(session: Session): EngineOptions {
  return { keepEndTime: session.keepEndTime ?? defaultEngineOptions.keepEndTime };
}

/** The session folded up to one instant: raw facts, before any projection. */
export interface Folded {
  phases: Phase[];
  status: RunStatus;
  phaseIndex: number;
  startedAt: number;
  targetEndAt: number;
  finishedAt: number | null;
  /** Milliseconds each phase has been current and running. */
  elapsedMs: number[];
  /** Length each phase was given when it was entered (after rebalancing), or null if never entered. */
  allottedMs: (number | null)[];
  /** Minutes the therapist added or removed, per phase, in ms. */
  adjustMs: number[];
}

export function fold(session: Session, at: number, options: EngineOptions): Folded {
  const phases = enabledPhases(session.plan);
  const first = session.events[0];
  const startedAt = first?.at ?? session.createdAt;
  const state: Folded = {
    phases,
    status: 'running',
    phaseIndex: 0,
    startedAt,
    targetEndAt: startedAt + phases.reduce((sum, phase) => sum + phase.durationSec * 1000, 0),
    finishedAt: null,
    elapsedMs: phases.map(() => 0),
    allottedMs: phases.map((phase, index) => (index === 0 ? phase.durationSec * 1000 : null)),
    adjustMs: phases.map(() => 0),
  };
  let lastAt = startedAt;
  for (const event of session.events) {
    if (event.at > at) break;
    lastAt = advance(state, lastAt, event.at);
    apply(state, event, options);
  }
  advance(state, lastAt, at);
  return state;
}

/** Adds running time since `from`; a clock that went backwards adds nothing. */
function advance(state: Folded, from: number, to: number): number {
  if (state.status === 'running' && to > from) {
    state.elapsedMs[state.phaseIndex] = (state.elapsedMs[state.phaseIndex] ?? 0) + (to - from);
  }
  return Math.max(from, to);
}

function apply(state: Folded, event: SessionEvent, options: EngineOptions): void {
  if (state.status === 'finished') return;
  switch (event.type) {
    case 'start':
      return;
    case 'pause':
      if (state.status === 'running') state.status = 'paused';
      return;
    case 'resume':
      if (state.status === 'paused') state.status = 'running';
      return;
    case 'next':
      return enter(state, state.phaseIndex + 1, event.at, options);
    case 'back':
      return enter(state, state.phaseIndex - 1, event.at, options);
    case 'jump':
      return enter(state, event.phaseIndex, event.at, options);
    case 'adjust':
      state.adjustMs[state.phaseIndex] = (state.adjustMs[state.phaseIndex] ?? 0) + event.seconds * 1000;
      return;
    case 'finish':
      state.status = 'finished';
      state.finishedAt = event.at;
      return;
  }
}

function enter(state: Folded, index: number, at: number, options: EngineOptions): void {
  if (index < 0 || index >= state.phases.length || index === state.phaseIndex) return;
  if (state.allottedMs[index] === null) {
    state.allottedMs[index] = scheduleAt(state, at, options, { leavingCurrent: true })[index]?.lengthMs ?? 0;
  }
  state.phaseIndex = index;
}

export interface ScheduledPhase {
  /** What the phase gets now: its allotted or planned length, plus adjustments, less what it gave. */
  lengthMs: number;
  /** Time taken from this phase so the session still ends on time. */
  gaveMs: number;
}

/**
 * Every phase's length as things stand at `at`, with later phases shrunk to
 * absorb any overrun. When the current phase is being left, its unused time
 * no longer counts against the end.
 */
export function scheduleAt(
  state: Folded,
  at: number,
  options: EngineOptions,
  { leavingCurrent = false }: { leavingCurrent?: boolean } = {},
): ScheduledPhase[] {
  const base = state.phases.map((phase, index) =>
    Math.max(0, (state.allottedMs[index] ?? phase.durationSec * 1000) + (state.adjustMs[index] ?? 0)),
  );
  const scheduled = base.map((lengthMs) => ({ lengthMs, gaveMs: 0 }));
  if (!options.keepEndTime || state.status === 'finished') return scheduled;

  const current = state.phaseIndex;
  const leftNow = leavingCurrent ? 0 : Math.max(0, (base[current] ?? 0) - (state.elapsedMs[current] ?? 0));
  const later = state.phases.map((_, index) => index).filter((index) => index > current);
  const laterLeft = later.map((index) => Math.max(0, (base[index] ?? 0) - (state.elapsedMs[index] ?? 0)));
  const projectedEnd = at + leftNow + laterLeft.reduce((sum, ms) => sum + ms, 0);
  const excess = projectedEnd - state.targetEndAt;
  if (excess <= 0) return scheduled;

  const slack = later.map((index, i) => {
    const floor = Math.max(0, (state.phases[index]?.minimumSec ?? 0) * 1000 - (state.elapsedMs[index] ?? 0));
    return Math.max(0, (laterLeft[i] ?? 0) - floor);
  });
  const totalSlack = slack.reduce((sum, ms) => sum + ms, 0);
  if (totalSlack === 0) return scheduled;
  const share = Math.min(1, excess / totalSlack);
  // Rounded as a running total, so the shares add up to the excess exactly and the end never jitters by a millisecond.
  let givenSoFar = 0;
  let owedSoFar = 0;
  later.forEach((index, i) => {
    owedSoFar += (slack[i] ?? 0) * share;
    const gave = Math.round(owedSoFar) - givenSoFar;
    givenSoFar += gave;
    const entry = scheduled[index];
    if (entry) {
      entry.lengthMs -= gave;
      entry.gaveMs = gave;
    }
  });
  return scheduled;
}

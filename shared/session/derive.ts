import type { Phase } from '../plans/plan';
import { engineOptionsOf, fold, scheduleAt, type EngineOptions, type RunStatus } from './fold';
import { segmentIndexAt, segmentSpans, type SegmentSpan } from './segments';
import type { Session } from './session';

export type PhaseProgress = 'done' | 'current' | 'upcoming';

export interface PhaseView {
  phase: Phase;
  progress: PhaseProgress;
  /** The length the phase has now, after adjustments and rebalancing. */
  lengthMs: number;
  plannedMs: number;
  gaveMs: number;
  elapsedMs: number;
  /** The length given when the phase was entered (after rebalancing), or null if not yet entered. */
  allottedMs: number | null;
  segments: SegmentSpan[];
}

/** Everything the room screen and the cue scheduler need to know at one instant. */
export interface SessionState {
  status: RunStatus;
  phaseIndex: number;
  phase: Phase;
  nextPhase: Phase | null;
  phaseElapsedMs: number;
  /** Negative once the phase has run past its end. */
  phaseLeftMs: number;
  phaseOverrunMs: number;
  /** The body-region segment running now, if the phase is split; -1 otherwise. */
  segmentIndex: number;
  /** Negative once the segment has run past its end (only the last one can). */
  segmentLeftMs: number;
  sessionLeftMs: number;
  startedAt: number;
  targetEndAt: number;
  /** When the session will end if nothing else changes. */
  endsAt: number;
  /** How far past the planned end the session will run. */
  overrunMs: number;
  phases: PhaseView[];
}

export function sessionStateAt(
  session: Session,
  now: number,
  options: EngineOptions = engineOptionsOf(session),
): SessionState {
  const folded = fold(session, now, options);
  const at = folded.finishedAt ?? now;
  const schedule = scheduleAt(folded, at, options);
  const index = folded.phaseIndex;
  const phaseViews: PhaseView[] = folded.phases.map((phase, i) => {
    const lengthMs = schedule[i]?.lengthMs ?? 0;
    const allottedMs = folded.allottedMs[i] ?? null;
    return {
      phase,
      progress: i < index ? 'done' : i === index ? 'current' : 'upcoming',
      lengthMs,
      plannedMs: phase.durationSec * 1000,
      gaveMs: schedule[i]?.gaveMs ?? 0,
      elapsedMs: folded.elapsedMs[i] ?? 0,
      allottedMs,
      segments: segmentSpans(phase, lengthMs, allottedMs),
    };
  });
  const current = phaseViews[index];
  if (!current) throw new Error('A session needs at least one phase.');
  const phaseLeftMs = current.lengthMs - current.elapsedMs;
  const laterLeftMs = phaseViews
    .slice(index + 1)
    .reduce((sum, view) => sum + Math.max(0, view.lengthMs - view.elapsedMs), 0);
  const sessionLeftMs = folded.status === 'finished' ? 0 : Math.max(0, phaseLeftMs) + laterLeftMs;
  const endsAt = folded.finishedAt ?? now + sessionLeftMs;
  const segmentIndex = segmentIndexAt(current.segments, current.elapsedMs);
  const segment = current.segments[segmentIndex];
  return {
    status: folded.status,
    phaseIndex: index,
    phase: current.phase,
    nextPhase: folded.phases[index + 1] ?? null,
    phaseElapsedMs: current.elapsedMs,
    phaseLeftMs,
    phaseOverrunMs: Math.max(0, -phaseLeftMs),
    segmentIndex,
    segmentLeftMs: segment ? segment.endMs - current.elapsedMs : phaseLeftMs,
    sessionLeftMs,
    startedAt: folded.startedAt,
    targetEndAt: folded.targetEndAt,
    endsAt,
    overrunMs: Math.max(0, endsAt - folded.targetEndAt),
    phases: phaseViews,
  };
}

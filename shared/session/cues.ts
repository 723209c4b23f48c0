import { defaultCue, defaultSegmentCue, defaultWarningCue, type CueSound } from '../plans/plan';
import { engineOptionsOf, type EngineOptions } from './fold';
import { sessionStateAt, type SessionState } from './derive';
import type { Session } from './session';
import { spokenDuration } from './format';

export type CueKind = 'phase-end' | 'segment' | 'phase-warning' | 'session-warning';

export interface Cue {
  kind: CueKind;
  dueAt: number;
  phaseIndex: number;
  phaseName: string;
  nextPhaseName: string | null;
  /** The segment that ends (segment cues only). */
  segmentName: string | null;
  /** A short sentence for the screen, a notification or a voice. */
  announcement: string;
  /** The few words a voice says ("Integration, 7 minutes"). */
  spoken: string;
  sound: CueSound;
}

/** When two cues fall on the same instant, the weightier one is delivered last (and wins). */
const weight: Record<CueKind, number> = { 'session-warning': 0, 'phase-warning': 1, segment: 2, 'phase-end': 3 };

function byDueThenWeight(a: Cue, b: Cue): number {
  return a.dueAt - b.dueAt || weight[a.kind] - weight[b.kind];
}

/** Cues the current phase would reach if nothing else happened. */
function phaseCuesAhead(session: Session, state: SessionState, at: number): Cue[] {
  const view = state.phases[state.phaseIndex];
  if (!view || state.phaseLeftMs <= 0) return [];
  const phase = view.phase;
  const next = state.phases[state.phaseIndex + 1];
  const base = { phaseIndex: state.phaseIndex, phaseName: phase.name, nextPhaseName: next?.phase.name ?? null };
  const cues: Cue[] = [
    {
      ...base,
      kind: 'phase-end',
      dueAt: at + state.phaseLeftMs,
      segmentName: null,
      announcement: next
        ? `${phase.name} is done. Next: ${next.phase.name}, ${spokenDuration(next.lengthMs)}.`
        : `${phase.name} is done. Time to finish the session.`,
      spoken: next ? `${next.phase.name}, ${spokenDuration(next.lengthMs)}` : 'Time to finish',
      sound: phase.cue ?? defaultCue,
    },
  ];
  // The last segment ends with the phase, so only the segments before it have a cue of their own.
  view.segments.forEach((span, index) => {
    const following = view.segments[index + 1];
    if (!following || span.endMs <= view.elapsedMs) return;
    const followingMs = following.endMs - following.startMs;
    cues.push({
      ...base,
      kind: 'segment',
      dueAt: at + (span.endMs - view.elapsedMs),
      segmentName: span.segment.name,
      announcement: `${span.segment.name} is done. Next: ${following.segment.name}, ${spokenDuration(followingMs)}.`,
      spoken: `${following.segment.name}, ${spokenDuration(followingMs)}`,
      sound: span.segment.cue ?? defaultSegmentCue,
    });
  });
  const warningMs = (phase.warningSec ?? 0) * 1000;
  if (warningMs > 0 && state.phaseLeftMs > warningMs) {
    cues.push({
      ...base,
      kind: 'phase-warning',
      dueAt: at + state.phaseLeftMs - warningMs,
      segmentName: null,
      announcement: `${phase.name}: ${spokenDuration(warningMs)} left.`,
      spoken: `${spokenDuration(warningMs)} left in ${phase.name}`,
      sound: session.plan.warningCue ?? defaultWarningCue,
    });
  }
  return cues;
}

/**
 * When the time left in the session first drops to the warning, if nothing
 * else happens. Rebalancing makes that time fall unevenly (it stands still
 * once later phases are at their minimums) but never rise, so the crossing is
 * found by bisection.
 */
function sessionWarningAhead(session: Session, state: SessionState, at: number, options: EngineOptions): Cue | null {
  const warningMs = (session.plan.sessionWarningSec ?? 0) * 1000;
  if (warningMs <= 0 || state.sessionLeftMs <= warningMs) return null;
  const projected: Session = { ...session, events: session.events.filter((event) => event.at <= at) };
  const leftAt = (t: number): number => sessionStateAt(projected, t, options).sessionLeftMs;
  // Time left falls at most one millisecond per millisecond, so it has crossed or stalled by then.
  let hi = at + state.sessionLeftMs;
  if (leftAt(hi) > warningMs) return null;
  let lo = at;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (leftAt(mid) > warningMs) lo = mid;
    else hi = mid;
  }
  return {
    kind: 'session-warning',
    dueAt: hi,
    phaseIndex: state.phaseIndex,
    phaseName: state.phase.name,
    nextPhaseName: state.nextPhase?.name ?? null,
    segmentName: null,
    announcement: `${spokenDuration(warningMs)} left in the session.`,
    spoken: `${spokenDuration(warningMs)} left in the session`,
    sound: session.plan.warningCue ?? defaultWarningCue,
  };
}

function cuesAhead(session: Session, state: SessionState, at: number, options: EngineOptions): Cue[] {
  if (state.status !== 'running') return [];
  const cues = phaseCuesAhead(session, state, at);
  const warning = sessionWarningAhead(session, state, at, options);
  if (warning) cues.push(warning);
  return cues.sort(byDueThenWeight);
}

/**
 * The cues that fell due in (from, to], given the session's event log.
 * Each stretch between two events is projected from its own start, so the
 * answer is the same however often or late anyone asks. A stretch owns the
 * instant it ends on: a cue due exactly when the next event happens was due
 * (the next stretch only projects cues after its start, so none is counted twice).
 */
export function cuesBetween(
  session: Session,
  from: number,
  to: number,
  options: EngineOptions = engineOptionsOf(session),
): Cue[] {
  const boundaries = session.events.map((event) => event.at).filter((at) => at > from && at <= to);
  const starts = [from, ...boundaries];
  const cues: Cue[] = [];
  starts.forEach((start, i) => {
    const end = Math.min(boundaries[i] ?? Infinity, to);
    const state = sessionStateAt(session, start, options);
    for (const cue of cuesAhead(session, state, start, options)) {
      if (cue.dueAt > from && cue.dueAt <= end) cues.push(cue);
    }
  });
  return cues;
}

/** The next cue after `from`, assuming no further events. */
export function nextCueAfter(
  session: Session,
  from: number,
  options: EngineOptions = engineOptionsOf(session),
): Cue | null {
  return cuesBetween(session, from, Infinity, options).find((cue) => cue.dueAt > from) ?? null;
}

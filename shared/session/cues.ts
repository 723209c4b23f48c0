import { defaultEngineOptions, type EngineOptions } from './fold';
import { sessionStateAt, type SessionState } from './derive';
import type { Session } from './session';
import { spokenDuration } from './format';

export type CueKind = 'phase-end';

export interface Cue {
  kind: CueKind;
  dueAt: number;
  phaseIndex: number;
  phaseName: string;
  nextPhaseName: string | null;
  /** A short sentence for the screen, a notification or a voice. */
  announcement: string;
}

/** Cues a state would reach if nothing else happened, in due order. */
function cuesAhead(state: SessionState, at: number): Cue[] {
  if (state.status !== 'running' || state.phaseLeftMs <= 0) return [];
  const next = state.phases[state.phaseIndex + 1];
  const announcement = next
    ? `${state.phase.name} is done. Next: ${next.phase.name}, ${spokenDuration(next.lengthMs)}.`
    : `${state.phase.name} is done. Time to finish the session.`;
  return [
    {
      kind: 'phase-end',
      dueAt: at + state.phaseLeftMs,
      phaseIndex: state.phaseIndex,
      phaseName: state.phase.name,
      nextPhaseName: next?.phase.name ?? null,
      announcement,
    },
  ];
}

/**
 * The cues that fell due in (from, to], given the session's event log.
 * Each stretch between two events is projected from its own start, so the
 * answer is the same however often or late anyone asks.
 */
export function cuesBetween(
  session: Session,
  from: number,
  to: number,
  options: EngineOptions = defaultEngineOptions,
): Cue[] {
  const boundaries = session.events.map((event) => event.at).filter((at) => at > from && at <= to);
  const starts = [from, ...boundaries];
  const cues: Cue[] = [];
  starts.forEach((start, i) => {
    const end = Math.min(boundaries[i] ?? Infinity, to);
    const state = sessionStateAt(session, start, options);
    for (const cue of cuesAhead(state, start)) {
      const isLast = boundaries[i] === undefined;
      if (cue.dueAt > from && (isLast ? cue.dueAt <= end : cue.dueAt < end)) cues.push(cue);
    }
  });
  return cues;
}

/** The next cue after `from`, assuming no further events. */
export function nextCueAfter(
  session: Session,
  from: number,
  options: EngineOptions = defaultEngineOptions,
): Cue | null {
  return cuesBetween(session, from, Infinity, options).find((cue) => cue.dueAt > from) ?? null;
}

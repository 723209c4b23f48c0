import type { Session } from '../session/session';

/** One key per event, entry or correction: the same thing logged in both copies counts once. */
const keyOf = (value: unknown): string => JSON.stringify(value);

function union<T>(ours: readonly T[], theirs: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set(ours.map(key));
  return [...ours, ...theirs.filter((value) => !seen.has(key(value)))];
}

/**
 * Two copies of one session file (a sync engine's conflict copy): everything
 * either logged is kept. Events, pressure entries (by id), corrections and
 * handouts given are joined in time order; for the parts written whole
 * (intake, screening decision, record) the copy with the higher revision wins,
 * and the other copy is kept in the session's history by the caller.
 */
export function mergeSessions(ours: Session, theirs: Session): Session {
  const newer = (theirs.revision ?? 0) > (ours.revision ?? 0) ? theirs : ours;
  const byTime = <T extends { at: number }>(values: T[]) => values.sort((a, b) => a.at - b.at);
  const merged: Session = {
    ...newer,
    events: byTime(union(ours.events, theirs.events, keyOf)),
    revision: Math.max(ours.revision ?? 0, theirs.revision ?? 0) + 1,
  };
  if (ours.pressure || theirs.pressure) {
    const a = ours.pressure ?? { entries: [], corrections: [] };
    const b = theirs.pressure ?? { entries: [], corrections: [] };
    merged.pressure = {
      entries: byTime(union(a.entries, b.entries, (entry) => entry.id)),
      corrections: byTime(union(a.corrections, b.corrections, keyOf)),
    };
  }
  if (ours.handouts || theirs.handouts) {
    merged.handouts = union(ours.handouts ?? [], theirs.handouts ?? [], keyOf).sort((a, b) => a.givenAt - b.givenAt);
  }
  return merged;
}

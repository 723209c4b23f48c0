import { sessionStateAt } from '../session/derive';
import type { Session } from '../session/session';

export interface TimelineRow {
  name: string;
  plannedMs: number;
  actualMs: number;
  /** A phase the session never reached or passed straight through. */
  skipped: boolean;
}

/** Each phase planned against what actually ran, derived from the events. */
export function timelineRun(session: Session, now: number = session.events.at(-1)?.at ?? session.createdAt): TimelineRow[] {
  const state = sessionStateAt(session, now);
  return state.phases.map((view) => ({
    name: view.phase.name,
    plannedMs: view.plannedMs,
    actualMs: view.elapsedMs,
    skipped: view.elapsedMs < 1000,
  }));
}

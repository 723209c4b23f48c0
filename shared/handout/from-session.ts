import { sessionStateAt } from '../session/derive';
import type { Session } from '../session/session';
import { localIsoDate } from './dates';
import type { HandoutSource } from './source';

/** What the therapist adds at wrap-up; anything the session record also knows is taken from the session. */
export type HandoutExtras = Omit<HandoutSource, 'date' | 'handsOnMinutes'> & { date?: string };

/**
 * The one place a session record becomes a handout's source. Today it knows
 * the day and the hands-on minutes; when the session record gains regions,
 * pressure and pain scores, they are read here.
 */
export function handoutSourceFromSession(session: Session | null, extras: HandoutExtras): HandoutSource {
  const source: HandoutSource = { ...extras, date: extras.date ?? localIsoDate(session?.createdAt ?? Date.now()) };
  if (session) {
    const end = session.events.at(-1)?.at ?? session.createdAt;
    const state = sessionStateAt(session, end);
    const handsOnMs = state.phases.filter((view) => view.phase.handsOn).reduce((sum, view) => sum + view.elapsedMs, 0);
    const minutes = Math.round(handsOnMs / 60_000);
    if (minutes > 0) source.handsOnMinutes = minutes;
  }
  return source;
}

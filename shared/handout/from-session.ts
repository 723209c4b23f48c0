import { summarizeSession } from '../record/summary';
import type { ScreeningId } from '../screening/catalogue';
import { screeningInForce } from '../screening/carried';
import { screeningFlags } from '../screening/rules';
import type { ScreeningAnswer } from '../screening/intake';
import { sessionStateAt } from '../session/derive';
import type { Session } from '../session/session';
import { localIsoDate } from './dates';
import { suggestsDeepWork, type AreaWorked, type HandoutSource } from './source';

/** What the session does not know: who the client is and which language they read, who wrote the sheet, and the clinic. */
export type HandoutExtras = Pick<
  HandoutSource,
  'language' | 'clientName' | 'therapist' | 'clinic' | 'followUpPlan' | 'nextAppointment' | 'note'
>;

/**
 * The one place a session record becomes a handout's source: the regions and
 * techniques of the pressure log, where each region ended (the level the client
 * called just right, unless they later asked for less or to stop at or under
 * it), pain before and after, and the screening conditions that
 * need a doctor's word. The wrap-up form starts from this and the therapist
 * may change any of it.
 */
export function handoutSourceFromSession(session: Session | null, extras: HandoutExtras, writtenAt: number): HandoutSource {
  const source: HandoutSource = {
    ...extras,
    // A handout for no session is dated the day it is written.
    date: localIsoDate(session?.createdAt ?? writtenAt),
    areasWorked: [],
    cautions: [],
    deepWork: false,
  };
  if (!session) return source;
  const summary = summarizeSession(session);
  source.areasWorked = summary.regions.map(
    (region): AreaWorked => ({
      region: region.region,
      techniques: [...region.techniques],
      pressure: region.outcome.level,
      response: region.outcome.response,
    }),
  );
  // Soreness follows the firmest pressure used, even where the client then asked for less.
  source.deepWork = suggestsDeepWork(summary.regions.map((region) => ({ region: region.region, techniques: region.techniques, pressure: region.maxLevel })));
  if (summary.painBefore !== null) source.painBefore = summary.painBefore;
  if (summary.painAfter !== null) source.painAfter = summary.painAfter;
  // Today's intake, or the flags carried from the last visit when none was taken: the client must hear of them either way.
  source.cautions = doctorCautions(screeningFlags(screeningInForce(session)).map((flag) => flag.answer));
  const minutes = handsOnMinutes(session);
  if (minutes > 0) source.handsOnMinutes = minutes;
  return source;
}

/**
 * A condition the therapist marked "consult a doctor first" or "modify" goes on
 * the sheet; one marked "proceed" was judged no concern, so it stays off.
 */
function doctorCautions(answers: readonly ScreeningAnswer[]): ScreeningId[] {
  return answers.filter((answer) => answer.level === 'consult' || answer.level === 'modify').map((answer) => answer.id);
}

function handsOnMinutes(session: Session): number {
  const end = session.events.at(-1)?.at ?? session.createdAt;
  const state = sessionStateAt(session, end);
  const handsOnMs = state.phases.filter((view) => view.phase.handsOn).reduce((sum, view) => sum + view.elapsedMs, 0);
  return Math.round(handsOnMs / 60_000);
}

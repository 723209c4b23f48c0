import type { Session } from '../session/session';
import { painSentence, soapDraft } from './soap';

/** Any pain sentence a draft wrote, so it can be replaced in place. */
const draftedPainSentence = /Pain \d+\/10 (?:before, \d+\/10 after \((?:down \d+|up \d+|unchanged)\)|after the session)\./;

/** Whether an assessment gives this pain-after score. */
export function statesPainAfter(assessment: string, painAfter: number): boolean {
  return new RegExp(`(^|\\D)${painAfter}/10 after`).test(assessment);
}

/** The assessment with its pain sentence set to this score: replaced where there is one, otherwise first. */
export function withPainAfter(assessment: string, session: Session, painAfter: number): string {
  const sentence = painSentence(session, painAfter);
  if (draftedPainSentence.test(assessment)) return assessment.replace(draftedPainSentence, sentence);
  return assessment.trim() ? `${sentence} ${assessment.trim()}` : sentence;
}

/**
 * When pain after changes: an assessment still as drafted follows it; one the
 * therapist edited is left alone (the screen then offers the update).
 */
export function assessmentAfterPainChange(
  assessment: string,
  session: Session,
  previous: number | null,
  next: number | null,
): { assessment: string; followed: boolean } {
  if (assessment !== soapDraft(session, previous).assessment) return { assessment, followed: false };
  return { assessment: soapDraft(session, next).assessment, followed: true };
}

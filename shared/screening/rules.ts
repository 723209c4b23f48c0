import { regionLabel } from '../body/regions';
import { levelLabels, screeningLabel, type ScreeningLevel } from './catalogue';
import type { Screening } from './carried';
import type { Intake, ScreeningAcknowledgement, ScreeningAnswer } from './intake';

export interface ScreeningFlag {
  answer: ScreeningAnswer;
  label: string;
  levelLabel: string;
  /** A plain sentence for the room screen. */
  summary: string;
}

const severity: Readonly<Record<ScreeningLevel, number>> = { consult: 0, modify: 1, proceed: 2 };

/** Every reported condition becomes a flag, most serious first. */
export function screeningFlags(intake: Screening | undefined): ScreeningFlag[] {
  if (!intake) return [];
  return [...intake.screening]
    .sort((a, b) => severity[a.level] - severity[b.level])
    .map((answer) => {
      const label = screeningLabel(answer.id);
      const avoid = answer.avoidRegions.length > 0 ? `; avoid ${answer.avoidRegions.map(regionLabel).join(', ').toLowerCase()}` : '';
      const note = answer.note ? ` (${answer.note})` : '';
      return { answer, label, levelLabel: levelLabels[answer.level], summary: `${label}: ${levelLabels[answer.level].toLowerCase()}${avoid}${note}` };
    });
}

/** The acknowledgement only counts if it was made after the screening it covers. */
export function needsAcknowledgement(intake: Screening | undefined, acknowledgement: ScreeningAcknowledgement | undefined): boolean {
  if (screeningFlags(intake).length === 0) return false;
  return !acknowledgement || !intake || acknowledgement.at < intake.recordedAt;
}

/** Hands-on work waits for the flags to be acknowledged, and stops if the decision was to postpone. */
export function handsOnBlockedReason(
  intake: Screening | undefined,
  acknowledgement: ScreeningAcknowledgement | undefined,
): string | null {
  if (needsAcknowledgement(intake, acknowledgement)) {
    return 'The screening flags need to be acknowledged before hands-on work.';
  }
  if (acknowledgement?.decision === 'postpone' && screeningFlags(intake).length > 0) {
    return 'The screening decision was no hands-on work today.';
  }
  return null;
}

/** A decision to proceed as planned does not fit a condition marked "consult a doctor first". */
export function decisionProblem(intake: Screening | undefined, decision: ScreeningAcknowledgement['decision']): string | null {
  const consult = intake?.screening.some((answer) => answer.level === 'consult') ?? false;
  if (consult && decision === 'proceed') {
    return 'A condition is marked "consult a doctor first": choose to avoid the areas or to postpone hands-on work.';
  }
  return null;
}

/**
 * The form for a returning client starts from the last visit's answers, for the
 * therapist to confirm or change: the screening, where it hurt and how, and the
 * goals, allergies and medications. Only today's pain score is asked afresh: a number carried over would
 * read as today's.
 */
export function prefillIntake(last: Intake | undefined): Omit<Intake, 'recordedAt'> {
  return {
    screening: last ? structuredClone(last.screening) : [],
    confirmedUnchanged: false,
    painNow: 0,
    painRegions: last ? [...last.painRegions] : [],
    painQuality: last?.painQuality ?? '',
    goals: last?.goals ?? '',
    allergies: last?.allergies ?? '',
    medications: last?.medications ?? '',
  };
}

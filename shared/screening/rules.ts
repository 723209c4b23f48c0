import { regionIds, regionLabel, type RegionId } from '../body/regions';
import { levelLabels, screeningLabel, type ScreeningLevel } from './catalogue';
import type { Screening } from './carried';
import type { Intake, ScreeningAcknowledgement, ScreeningAnswer } from './intake';

export interface ScreeningFlag {
  answer: ScreeningAnswer;
  label: string;
  levelLabel: string;
  /** One plain line, read at a glance: the condition (with its note), a dash, then what to do. No full stop, so it fits in a list or a sentence. */
  summary: string;
}

const severity: Readonly<Record<ScreeningLevel, number>> = { consult: 0, modify: 1, proceed: 2 };

/** "a", "a and b", "a, b and c": regions in the body chart's order, so the same areas always read the same. */
function areas(regions: readonly RegionId[]): string {
  const names = [...regions].sort((a, b) => regionIds.indexOf(a) - regionIds.indexOf(b)).map((region) => regionLabel(region).toLowerCase());
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** What the therapist does about it, said once: the areas to keep off only when the plan is to modify the work. */
function advice(answer: ScreeningAnswer): string {
  if (answer.level === 'consult') return 'consult a doctor first';
  if (answer.level === 'proceed') return 'proceed as planned';
  return answer.avoidRegions.length > 0 ? `avoid the ${areas(answer.avoidRegions)}` : 'avoid the affected area';
}

/** Every reported condition becomes a flag, most serious first. */
export function screeningFlags(intake: Screening | undefined): ScreeningFlag[] {
  if (!intake) return [];
  return [...intake.screening]
    .sort((a, b) => severity[a.level] - severity[b.level])
    .map((answer) => {
      const label = screeningLabel(answer.id);
      const note = answer.note ? ` (${answer.note})` : '';
      return { answer, label, levelLabel: levelLabels[answer.level], summary: `${label}${note} — ${advice(answer)}` };
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

import { regionLabel } from '../body/regions';
import { techniqueLabels } from '../pressure/techniques';
import { describeRegion, summarizeByRegion } from '../pressure/summary';
import { screeningInForce } from '../screening/carried';
import { screeningFlags } from '../screening/rules';
import { decisionLabels } from '../screening/intake';
import type { Session } from '../session/session';
import type { Soap } from './record';

const list = (items: string[]): string => items.join(', ');

/** The assessment's sentence about pain: before and after, or after alone when no intake was taken. */
export function painSentence(session: Session, painAfter: number): string {
  const before = session.intake?.painNow;
  if (before === undefined) return `Pain ${painAfter}/10 after the session.`;
  const change = before - painAfter;
  const direction = change > 0 ? `down ${change}` : change < 0 ? `up ${-change}` : 'unchanged';
  return `Pain ${before}/10 before, ${painAfter}/10 after (${direction}).`;
}

/**
 * A first draft of the treatment note from what was recorded; the therapist
 * edits it before signing. It only states what the session holds.
 */
export function soapDraft(session: Session, painAfter: number | null): Soap {
  const intake = session.intake;
  const regions = summarizeByRegion(session.pressure);
  const flags = screeningFlags(screeningInForce(session));

  const subjective: string[] = [];
  if (intake) {
    const where = intake.painRegions.length > 0 ? ` in ${list(intake.painRegions.map(regionLabel)).toLowerCase()}` : '';
    if (intake.allergies) subjective.push(`Allergies: ${intake.allergies}.`);
    if (intake.medications) subjective.push(`Medications: ${intake.medications}.`);
    subjective.push(`Pain ${intake.painNow}/10${where} on arrival.`);
    if (intake.painQuality) subjective.push(`Describes it as: ${intake.painQuality}.`);
    if (intake.goals) subjective.push(`Goals for today: ${intake.goals}.`);
    if (intake.confirmedUnchanged) subjective.push('Health screen confirmed unchanged since the last visit.');
  } else if (session.carriedScreening) {
    subjective.push(session.acknowledgement ? 'No intake this visit; the last visit’s health screen was confirmed unchanged.' : 'No intake this visit.');
    if (session.carriedScreening.allergies) subjective.push(`Allergies: ${session.carriedScreening.allergies}.`);
    if (session.carriedScreening.medications) subjective.push(`Medications: ${session.carriedScreening.medications}.`);
  } else {
    subjective.push('No intake was recorded.');
  }
  for (const flag of flags) subjective.push(`Reported: ${flag.summary}.`);

  const objective: string[] = [];
  if (regions.length > 0) {
    objective.push(`Areas worked: ${list(regions.map((region) => region.label)).toLowerCase()}.`);
    const techniques = [...new Set(regions.flatMap((region) => region.techniques))];
    objective.push(`Techniques: ${list(techniques.map((id) => techniqueLabels[id])).toLowerCase()}.`);
    objective.push(`Pressure responses: ${regions.map(describeRegion).join('; ')}.`);
  } else {
    objective.push('No pressure feedback was logged.');
  }
  if (session.acknowledgement && flags.length > 0) {
    objective.push(`Screening decision: ${decisionLabels[session.acknowledgement.decision].toLowerCase()}${session.acknowledgement.note ? ` (${session.acknowledgement.note})` : ''}.`);
  }

  const assessment: string[] = [];
  if (painAfter !== null) assessment.push(painSentence(session, painAfter));
  const stops = regions.filter((region) => region.counts.stop > 0).map((region) => region.label.toLowerCase());
  if (stops.length > 0) assessment.push(`Asked to stop on: ${list(stops)}.`);
  const less = regions.filter((region) => region.counts.less > 0).map((region) => region.label.toLowerCase());
  if (less.length > 0) assessment.push(`Needed lighter pressure on: ${list(less)}.`);

  const plan: string[] = [
    'Home care: drink water, gentle stretches for the areas worked, heat for tight muscles.',
    'Mild soreness for a day or two is expected; sharp or lasting pain should be reported.',
    'Next visit: to agree with the client.',
  ];

  return {
    subjective: subjective.join(' '),
    objective: objective.join(' '),
    assessment: assessment.join(' ') || 'To be completed by the therapist.',
    plan: plan.join(' '),
  };
}

import { bodyRegions, type RegionId } from '../../shared/body/regions';
import type { FollowUpPlan } from '../../shared/handout/content/aftercare-text';
import type { HandoutExtras } from '../../shared/handout/from-session';
import type { Language } from '../../shared/i18n/languages';
import { suggestsDeepWork, type AreaWorked, type HandoutSource } from '../../shared/handout/source';
import { DEFAULT_TEMPLATE_ID } from '../../shared/handout/template';
import type { PressureResponse } from '../../shared/pressure/log';
import type { TechniqueId } from '../../shared/pressure/techniques';
import type { ScreeningId } from '../../shared/screening/catalogue';

export interface AreaDetails {
  techniques: TechniqueId[];
  /** The pressure log's 1-10 scale. */
  pressure: number | null;
  response: PressureResponse | null;
}

/** What the therapist fills in at wrap-up, as the form holds it (empty strings for blanks). */
export interface WrapUpDetails {
  /** Starts as the client's preferred language; the therapist may choose another for this handout. */
  language: Language;
  clientName: string;
  date: string;
  areas: Partial<Record<RegionId, AreaDetails>>;
  handsOnMinutes: string;
  painBefore: string;
  painAfter: string;
  cautions: ScreeningId[];
  /** null until the therapist decides; until then the techniques and pressure suggest it. */
  deepWork: boolean | null;
  followUpPlan: FollowUpPlan | null;
  nextAppointment: string;
  note: string;
  templateId: string;
}

const blankIfMissing = (value: number | undefined): string => (value === undefined ? '' : String(value));

/** The form prefilled from what the session recorded (see handoutSourceFromSession); every field stays editable. */
export function detailsFromSource(source: HandoutSource): WrapUpDetails {
  return {
    language: source.language,
    clientName: source.clientName ?? '',
    date: source.date,
    areas: Object.fromEntries(
      source.areasWorked.map((area) => [area.region, { techniques: [...area.techniques], pressure: area.pressure ?? null, response: area.response ?? null }]),
    ),
    handsOnMinutes: blankIfMissing(source.handsOnMinutes),
    painBefore: blankIfMissing(source.painBefore),
    painAfter: blankIfMissing(source.painAfter),
    cautions: [...source.cautions],
    // The session's own suggestion holds (it knows the firmest pressure used); otherwise the form's areas decide.
    deepWork: source.deepWork || null,
    followUpPlan: source.followUpPlan ?? null,
    nextAppointment: source.nextAppointment ?? '',
    note: source.note ?? '',
    templateId: DEFAULT_TEMPLATE_ID,
  };
}

function wholeNumber(text: string, max: number): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 && value <= max ? value : undefined;
}

export function painProblem(text: string): string | null {
  return text.trim() === '' || wholeNumber(text, 10) !== undefined ? null : 'Give a whole number from 0 to 10.';
}

/** A date field holds '' when its date is missing or not a whole day, month and year. */
export function dateProblem(text: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? null : 'Give the session date.';
}

export function minutesProblem(text: string): string | null {
  return text.trim() === '' || wholeNumber(text, 600) !== undefined ? null : 'Give whole minutes, from 0 to 600.';
}

/** The areas the form holds, in body-map order. */
export function areasFrom(details: WrapUpDetails): AreaWorked[] {
  return bodyRegions
    .filter((region) => details.areas[region.id])
    .map((region) => {
      const area = details.areas[region.id] as AreaDetails;
      return {
        region: region.id,
        techniques: area.techniques,
        ...(area.pressure ? { pressure: area.pressure } : {}),
        ...(area.response ? { response: area.response } : {}),
      };
    });
}

/** The therapist's final word: the handout is written from the form as it stands, blanks left out. */
export function detailsToSource(
  details: WrapUpDetails,
  header: Pick<HandoutExtras, 'clinic' | 'therapist'>,
): HandoutSource {
  const areasWorked = areasFrom(details);
  const source: HandoutSource = {
    language: details.language,
    date: details.date,
    clinic: header.clinic,
    areasWorked,
    cautions: details.cautions,
    deepWork: details.deepWork ?? suggestsDeepWork(areasWorked),
  };
  if (details.clientName.trim()) source.clientName = details.clientName.trim();
  if (header.therapist?.trim()) source.therapist = header.therapist.trim();
  const minutes = wholeNumber(details.handsOnMinutes, 600);
  if (minutes) source.handsOnMinutes = minutes;
  const before = wholeNumber(details.painBefore, 10);
  if (before !== undefined) source.painBefore = before;
  const after = wholeNumber(details.painAfter, 10);
  if (after !== undefined) source.painAfter = after;
  if (details.followUpPlan) source.followUpPlan = details.followUpPlan;
  if (details.nextAppointment) source.nextAppointment = details.nextAppointment;
  if (details.note.trim()) source.note = details.note.trim();
  return source;
}

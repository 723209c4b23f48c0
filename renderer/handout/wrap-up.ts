import { bodyRegions, type RegionId } from '../../shared/body/regions';
import type { FollowUpPlan } from '../../shared/handout/content/aftercare-text';
import type { CautionId } from '../../shared/handout/content/cautions';
import { localIsoDate } from '../../shared/handout/dates';
import type { HandoutExtras } from '../../shared/handout/from-session';
import type { PressureLevel, PressureResponse } from '../../shared/handout/source';
import { DEFAULT_TEMPLATE_ID } from '../../shared/handout/template';
import type { Session } from '../../shared/session/session';

export interface AreaDetails {
  techniques: string[];
  pressure: PressureLevel | null;
  response: PressureResponse | null;
}

/** What the therapist fills in at wrap-up, as the form holds it (empty strings for blanks). */
export interface WrapUpDetails {
  clientName: string;
  date: string;
  areas: Partial<Record<RegionId, AreaDetails>>;
  painBefore: string;
  painAfter: string;
  cautions: CautionId[];
  /** null until the therapist decides; until then the techniques and pressure suggest it. */
  deepWork: boolean | null;
  followUpPlan: FollowUpPlan | null;
  nextAppointment: string;
  note: string;
  templateId: string;
}

export function emptyDetails(session: Session | null): WrapUpDetails {
  return {
    clientName: '',
    date: localIsoDate(session?.createdAt ?? Date.now()),
    areas: {},
    painBefore: '',
    painAfter: '',
    cautions: [],
    deepWork: null,
    followUpPlan: null,
    nextAppointment: '',
    note: '',
    templateId: DEFAULT_TEMPLATE_ID,
  };
}

function painScore(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 && value <= 10 ? value : undefined;
}

export function painProblem(text: string): string | null {
  return text.trim() === '' || painScore(text) !== undefined ? null : 'Give a whole number from 0 to 10.';
}

/** The form's answers as the handout's extras, regions in body-map order and blanks left out. */
export function detailsToExtras(
  details: WrapUpDetails,
  header: { clinicName?: string; contact?: string; therapist?: string; logo?: string },
  suggestedDeepWork: (areas: HandoutExtras['areasWorked']) => boolean,
): HandoutExtras {
  const areasWorked: HandoutExtras['areasWorked'] = bodyRegions
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
  const extras: HandoutExtras = {
    date: details.date,
    clinic: {
      ...(header.clinicName ? { name: header.clinicName } : {}),
      ...(header.contact ? { contact: header.contact } : {}),
      ...(header.logo ? { logo: header.logo } : {}),
    },
    areasWorked,
    cautions: details.cautions,
    deepWork: details.deepWork ?? suggestedDeepWork(areasWorked),
  };
  if (details.clientName.trim()) extras.clientName = details.clientName.trim();
  if (header.therapist?.trim()) extras.therapist = header.therapist.trim();
  const before = painScore(details.painBefore);
  if (before !== undefined) extras.painBefore = before;
  const after = painScore(details.painAfter);
  if (after !== undefined) extras.painAfter = after;
  if (details.followUpPlan) extras.followUpPlan = details.followUpPlan;
  if (details.nextAppointment) extras.nextAppointment = details.nextAppointment;
  if (details.note.trim()) extras.note = details.note.trim();
  return extras;
}

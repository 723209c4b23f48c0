import type { RegionId } from '../body/regions';
import type { CautionId } from './content/cautions';
import type { FollowUpPlan } from './content/aftercare-text';

/** Pressure on the 1-5 scale the therapist logs; 4 and 5 count as deeper work. */
export const pressureLevels = [1, 2, 3, 4, 5] as const;
export type PressureLevel = (typeof pressureLevels)[number];

export const pressureLabels: Readonly<Record<PressureLevel, string>> = {
  1: 'very light',
  2: 'light',
  3: 'medium',
  4: 'firm',
  5: 'deep',
};

/** How the client said the pressure felt (the seed's "too much / not enough / just right"). */
export const pressureResponses = ['too-much', 'just-right', 'not-enough'] as const;
export type PressureResponse = (typeof pressureResponses)[number];

export const pressureResponseLabels: Readonly<Record<PressureResponse, string>> = {
  'too-much': 'too much',
  'just-right': 'just right',
  'not-enough': 'not enough',
};

/** Techniques the seeds describe; the therapist may also type others. */
export const commonTechniques = [
  'Broad gliding strokes',
  'Kneading',
  'Deep tissue',
  'Myofascial release',
  'Trigger point work',
  'Friction',
  'Skin rolling',
  'Acupressure',
  'Hot stones',
  'Assisted stretching',
] as const;

/** Techniques whose normal after-effect is a day or two of soreness. */
export const deepTechniques: readonly string[] = ['Deep tissue', 'Trigger point work', 'Friction'];

export interface AreaWorked {
  region: RegionId;
  techniques: string[];
  pressure?: PressureLevel;
  response?: PressureResponse;
}

export interface ClinicHeader {
  name?: string;
  contact?: string;
  /** A validated data: URL (PNG, JPEG or SVG); see logo.ts. */
  logo?: string;
}

/** Everything a handout is written from: the session's facts plus what the therapist adds at wrap-up. */
export interface HandoutSource {
  clientName?: string;
  /** The session's day, YYYY-MM-DD. */
  date: string;
  therapist?: string;
  clinic: ClinicHeader;
  areasWorked: AreaWorked[];
  /** Minutes of hands-on work, when the session record knows them. */
  handsOnMinutes?: number;
  painBefore?: number;
  painAfter?: number;
  cautions: CautionId[];
  /** Firm or deep work was part of the session, so soreness for 24-48 h is expected. */
  deepWork: boolean;
  followUpPlan?: FollowUpPlan;
  /** The next booking, YYYY-MM-DDTHH:MM. */
  nextAppointment?: string;
  note?: string;
}

/** Deep work is suggested by firm pressure or a deep technique; the therapist has the last word. */
export function suggestsDeepWork(areas: readonly AreaWorked[]): boolean {
  return areas.some(
    (area) => (area.pressure ?? 0) >= 4 || area.techniques.some((technique) => deepTechniques.includes(technique)),
  );
}

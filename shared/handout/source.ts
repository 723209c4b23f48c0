import type { RegionId } from '../body/regions';
import type { Language } from '../i18n/languages';
import { THERAPEUTIC_EDGE, type PressureResponse } from '../pressure/log';
import type { TechniqueId } from '../pressure/techniques';
import type { ScreeningId } from '../screening/catalogue';
import type { FollowUpPlan } from './content/aftercare-text';
import type { ClinicHeaderWords, Versions } from './clinic-texts';

/** One region as the pressure log saw it: the techniques used, the level and the client's response. */
export interface AreaWorked {
  region: RegionId;
  techniques: TechniqueId[];
  /** The log's 1-10 scale. */
  pressure?: number;
  response?: PressureResponse;
}

export interface ClinicHeader {
  name?: string;
  contact?: string;
  /** A validated data: URL (PNG, JPEG or SVG); see logo.ts. */
  logo?: string;
  /** The language the name and contact are written in (the clinic's default language). */
  language?: Language;
  /** The name and contact in other languages, where the clinic wrote them. */
  byLanguage?: Versions<ClinicHeaderWords>;
}

/** Everything a handout is written from: the session's facts plus what the therapist adds at wrap-up. */
export interface HandoutSource {
  /** The language the handout is written in: the client's preferred one unless the therapist chose another. */
  language: Language;
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
  /** Screening conditions the client should raise with a doctor before the next session. */
  cautions: ScreeningId[];
  /** Firm or deep work was part of the session, so soreness for 24-48 h is expected. */
  deepWork: boolean;
  followUpPlan?: FollowUpPlan;
  /** The next booking, YYYY-MM-DDTHH:MM. */
  nextAppointment?: string;
  note?: string;
}

/** Techniques whose normal after-effect is a day or two of soreness. */
export const deepTechniques: readonly TechniqueId[] = ['deep-tissue', 'trigger-point', 'friction', 'myofascial-release'];

/** Deep work is suggested by pressure at the therapeutic edge or a deep technique; the therapist has the last word. */
export function suggestsDeepWork(areas: readonly AreaWorked[]): boolean {
  return areas.some(
    (area) => (area.pressure ?? 0) >= THERAPEUTIC_EDGE || area.techniques.some((technique) => deepTechniques.includes(technique)),
  );
}

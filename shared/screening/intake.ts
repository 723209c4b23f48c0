import type { RegionId } from '../body/regions';
import type { ScreeningId, ScreeningLevel } from './catalogue';

/** One condition the client reported, with how the therapist will handle it. */
export interface ScreeningAnswer {
  id: ScreeningId;
  level: ScreeningLevel;
  note: string;
  /** Areas to keep away from when the level is "modify". */
  avoidRegions: RegionId[];
}

/** What was asked at arrival and assessment. Only conditions the client reported are listed. */
export interface Intake {
  recordedAt: number;
  screening: ScreeningAnswer[];
  /** True when the client confirmed nothing changed since the last visit. */
  confirmedUnchanged: boolean;
  painNow: number;
  painRegions: RegionId[];
  painQuality: string;
  goals: string;
  /** Oils, lotions, latex, scents…: what the room must keep away from this client. */
  allergies: string;
  /** Blood thinners or pain relief change how pressure lands and how it is felt. */
  medications: string;
}

export type ScreeningDecision = 'proceed' | 'modify' | 'postpone';

/** The therapist's acknowledgement of the flags, made before hands-on work. */
export interface ScreeningAcknowledgement {
  at: number;
  decision: ScreeningDecision;
  note: string;
}

export const decisionLabels: Readonly<Record<ScreeningDecision, string>> = {
  proceed: 'Proceed as planned',
  modify: 'Proceed, avoiding the flagged areas',
  postpone: 'No hands-on work today: see a doctor first',
};

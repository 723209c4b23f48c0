import type { RegionId } from '../body/regions';
import type { PressureResponse } from '../pressure/log';
import { summarizeByRegion } from '../pressure/summary';
import type { Session } from '../session/session';
import { effectiveRecord } from './record';

/** A region's pressure in one visit, where it ended (see RegionSummary.outcome). */
export interface HistoryRegion {
  region: RegionId;
  level: number;
  response: PressureResponse;
}

/** One visit as the History screen and the handout session picker list it; the full session is fetched on demand. */
export interface HistoryEntry {
  sessionId: string;
  at: number;
  planName: string;
  painBefore: number | null;
  painAfter: number | null;
  regions: HistoryRegion[];
  hasIntake: boolean;
  signed: boolean;
  handoutsGiven: number;
  /** The room that ran the session, when known. */
  room?: string;
}

export function historyEntryOf(session: Session): HistoryEntry {
  return {
    sessionId: session.id,
    at: session.createdAt,
    planName: session.plan.name,
    painBefore: session.intake?.painNow ?? null,
    painAfter: session.record ? effectiveRecord(session.record).painAfter : null,
    regions: summarizeByRegion(session.pressure).map((summary) => ({ region: summary.region, ...summary.outcome })),
    hasIntake: Boolean(session.intake),
    signed: Boolean(session.record?.signature),
    handoutsGiven: session.handouts?.length ?? 0,
    ...(session.room ? { room: session.room } : {}),
  };
}

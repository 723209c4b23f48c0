import type { RegionId } from '../body/regions';
import { effectiveEntries, type PressureResponse } from '../pressure/log';
import { summarizeByRegion, type RegionSummary } from '../pressure/summary';
import type { TechniqueId } from '../pressure/techniques';
import { screeningInForce } from '../screening/carried';
import { screeningFlags, type ScreeningFlag } from '../screening/rules';
import type { Session } from '../session/session';
import { effectiveRecord } from './record';

export interface TechniqueUse {
  technique: TechniqueId;
  regions: RegionId[];
  levels: number[];
  responses: PressureResponse[];
}

/** One session in the shape a handout or a history row wants. */
export interface SessionSummary {
  sessionId: string;
  clientId: string | null;
  at: number;
  regionsWorked: RegionId[];
  regions: RegionSummary[];
  techniques: TechniqueUse[];
  painBefore: number | null;
  painAfter: number | null;
  flags: ScreeningFlag[];
  signed: boolean;
}

export function summarizeSession(session: Session): SessionSummary {
  const regions = summarizeByRegion(session.pressure);
  const techniques = new Map<TechniqueId, TechniqueUse>();
  for (const entry of effectiveEntries(session.pressure)) {
    const use = techniques.get(entry.technique) ?? { technique: entry.technique, regions: [], levels: [], responses: [] };
    if (!use.regions.includes(entry.region)) use.regions.push(entry.region);
    use.levels.push(entry.level);
    use.responses.push(entry.response);
    techniques.set(entry.technique, use);
  }
  return {
    sessionId: session.id,
    clientId: session.clientId ?? null,
    at: session.createdAt,
    regionsWorked: regions.map((region) => region.region),
    regions,
    techniques: [...techniques.values()],
    painBefore: session.intake?.painNow ?? null,
    painAfter: session.record ? effectiveRecord(session.record).painAfter : null,
    flags: screeningFlags(screeningInForce(session)),
    signed: Boolean(session.record?.signature),
  };
}

import { regionLabel, type RegionId } from '../body/regions';
import { responseLabels, type PressureResponse } from './log';
import { summarizeByRegion } from './summary';
import type { Session } from '../session/session';

/** How many earlier visits the room screen looks back over. */
export const MEMORY_VISITS = 3;

export interface RegionVisit {
  sessionId: string;
  at: number;
  level: number;
  response: PressureResponse;
}

export interface RegionMemory {
  region: RegionId;
  label: string;
  /** The most recent visit that worked this region. */
  latest: RegionVisit;
  /** Oldest first, at most MEMORY_VISITS. */
  visits: RegionVisit[];
  /** Set when the preferred level or the client's answer shifted over these visits. */
  change: string | null;
  text: string;
}

/**
 * What the client liked last time, per region, from their earlier sessions.
 * A visit's answer for a region is where it ended (see RegionSummary.outcome): never a level
 * called just right that a later request for less or to stop overruled.
 */
export function pressureMemory(pastSessions: readonly Session[], visits = MEMORY_VISITS): RegionMemory[] {
  const recent = [...pastSessions]
    .filter((session) => (session.pressure?.entries.length ?? 0) > 0)
    .sort((a, b) => a.createdAt - b.createdAt)
    .slice(-visits);
  const byRegion = new Map<RegionId, RegionVisit[]>();
  for (const session of recent) {
    for (const summary of summarizeByRegion(session.pressure)) {
      const visit: RegionVisit = { sessionId: session.id, at: session.createdAt, ...summary.outcome };
      byRegion.set(summary.region, [...(byRegion.get(summary.region) ?? []), visit]);
    }
  }
  return [...byRegion.entries()]
    .map(([region, regionVisits]) => {
      const latest = regionVisits[regionVisits.length - 1]!;
      const change = describeChange(regionVisits);
      const label = regionLabel(region);
      return { region, label, latest, visits: regionVisits, change, text: `${label}: ${latest.level}, ${responseLabels[latest.response]}` };
    })
    .sort((a, b) => b.latest.at - a.latest.at || a.label.localeCompare(b.label));
}

function describeChange(visits: RegionVisit[]): string | null {
  if (visits.length < 2) return null;
  const levels = visits.map((visit) => visit.level);
  const spread = Math.max(...levels) - Math.min(...levels);
  const answers = new Set(visits.map((visit) => visit.response));
  if (spread < 2 && answers.size === 1) return null;
  const trail = visits.map((visit) => `${visit.level} ${responseLabels[visit.response]}`).join(' → ');
  return `changed over the last ${visits.length} visits: ${trail}`;
}

import { regionLabel, type RegionId } from '../body/regions';
import { effectiveEntries, responseLabels, type PressureEntry, type PressureLog, type PressureResponse } from './log';
import type { TechniqueId } from './techniques';

/** A pressure and what the client said to it. */
export interface PressureAnswer {
  level: number;
  response: PressureResponse;
}

export interface RegionSummary {
  region: RegionId;
  label: string;
  entries: number;
  techniques: TechniqueId[];
  minLevel: number;
  maxLevel: number;
  /**
   * Where the region ended, the one answer carried into the handout, the history and the next visit:
   * the level the client last called just right while it stands, else the lightest pressure they
   * asked for less or to stop at (until they accept that much again), else the last entry.
   */
  outcome: PressureAnswer;
  /** A level called just right that a later request for less or to stop, at or under it, overruled. */
  overruledLevel: number | null;
  lastLevel: number;
  lastResponse: PressureResponse;
  counts: Record<PressureResponse, number>;
}

/** What the answers so far leave standing: the level called just right, and the client's limit. */
interface Standing {
  preferred: number | null;
  /** The lightest pressure the client asked for less or to stop at, with the just-right level it overruled. */
  limit: (PressureAnswer & { overruled: number | null }) | null;
}

const pushesBack = (response: PressureResponse): boolean => response === 'less' || response === 'stop';

/**
 * One more answer. A request for less or to stop at or under the level called just right overrules
 * it; one at a firmer pressure leaves it standing. Just right or more at or past the limit lifts it.
 */
function answered({ preferred, limit }: Standing, { level, response }: PressureAnswer): Standing {
  if (pushesBack(response)) {
    if (limit && limit.level < level) return { preferred, limit };
    const overrules = preferred !== null && level <= preferred;
    return { preferred: overrules ? null : preferred, limit: { level, response, overruled: overrules ? preferred : (limit?.overruled ?? null) } };
  }
  const stillLimit = limit && level < limit.level ? limit : null;
  return { preferred: response === 'just-right' ? level : preferred, limit: stillLimit };
}

function summarizeRegion(entries: readonly PressureEntry[]): RegionSummary {
  const first = entries[0]!;
  const last = entries[entries.length - 1]!;
  const counts: Record<PressureResponse, number> = { more: 0, 'just-right': 0, less: 0, stop: 0 };
  let standing: Standing = { preferred: null, limit: null };
  for (const entry of entries) {
    counts[entry.response] += 1;
    standing = answered(standing, entry);
  }
  const { preferred, limit } = standing;
  const levels = entries.map((entry) => entry.level);
  return {
    region: first.region,
    label: regionLabel(first.region),
    entries: entries.length,
    techniques: [...new Set(entries.map((entry) => entry.technique))],
    minLevel: Math.min(...levels),
    maxLevel: Math.max(...levels),
    outcome:
      preferred !== null
        ? { level: preferred, response: 'just-right' }
        : limit
          ? { level: limit.level, response: limit.response }
          : { level: last.level, response: last.response },
    overruledLevel: preferred === null ? (limit?.overruled ?? null) : null,
    lastLevel: last.level,
    lastResponse: last.response,
    counts,
  };
}

/** The log per region, in the order regions were first worked. */
export function summarizeByRegion(log: PressureLog | undefined): RegionSummary[] {
  const byRegion = new Map<RegionId, PressureEntry[]>();
  for (const entry of effectiveEntries(log)) {
    const entries = byRegion.get(entry.region);
    if (entries) entries.push(entry);
    else byRegion.set(entry.region, [entry]);
  }
  return [...byRegion.values()].map(summarizeRegion);
}

/** "Lower back: 7, just right"; "Lower back: 6, asked to stop, after 10 was just right". */
export function describeRegion(summary: Pick<RegionSummary, 'label' | 'outcome' | 'overruledLevel' | 'lastLevel' | 'lastResponse'>): string {
  const { outcome } = summary;
  const parts = [`${outcome.level}, ${responseLabels[outcome.response]}`];
  if (summary.overruledLevel !== null) parts.push(`after ${summary.overruledLevel} was just right`);
  if (summary.lastLevel !== outcome.level || summary.lastResponse !== outcome.response) {
    parts.push(`then ${responseLabels[summary.lastResponse]} at ${summary.lastLevel}`);
  }
  return `${summary.label}: ${parts.join(', ')}`;
}

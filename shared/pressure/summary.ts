import { regionLabel, type RegionId } from '../body/regions';
import { effectiveEntries, responseLabels, type PressureLog, type PressureResponse } from './log';
import type { TechniqueId } from './techniques';

export interface RegionSummary {
  region: RegionId;
  label: string;
  entries: number;
  techniques: TechniqueId[];
  minLevel: number;
  maxLevel: number;
  /** The level the client last called just right, if they did. */
  preferredLevel: number | null;
  lastLevel: number;
  lastResponse: PressureResponse;
  counts: Record<PressureResponse, number>;
}

/** The log per region, in the order regions were first worked. */
export function summarizeByRegion(log: PressureLog | undefined): RegionSummary[] {
  const summaries = new Map<RegionId, RegionSummary>();
  for (const entry of effectiveEntries(log)) {
    const summary = summaries.get(entry.region) ?? {
      region: entry.region,
      label: regionLabel(entry.region),
      entries: 0,
      techniques: [],
      minLevel: entry.level,
      maxLevel: entry.level,
      preferredLevel: null,
      lastLevel: entry.level,
      lastResponse: entry.response,
      counts: { more: 0, 'just-right': 0, less: 0, stop: 0 },
    };
    summary.entries += 1;
    if (!summary.techniques.includes(entry.technique)) summary.techniques.push(entry.technique);
    summary.minLevel = Math.min(summary.minLevel, entry.level);
    summary.maxLevel = Math.max(summary.maxLevel, entry.level);
    if (entry.response === 'just-right') summary.preferredLevel = entry.level;
    summary.lastLevel = entry.level;
    summary.lastResponse = entry.response;
    summary.counts[entry.response] += 1;
    summaries.set(entry.region, summary);
  }
  return [...summaries.values()];
}

/** "Lower back: 7, just right". */
export function describeRegion(summary: Pick<RegionSummary, 'label' | 'lastLevel' | 'lastResponse' | 'preferredLevel'>): string {
  const level = summary.preferredLevel ?? summary.lastLevel;
  const response = summary.preferredLevel !== null && summary.lastResponse !== 'just-right'
    ? `just right, then ${responseLabels[summary.lastResponse]} at ${summary.lastLevel}`
    : responseLabels[summary.lastResponse];
  return `${summary.label}: ${level}, ${response}`;
}

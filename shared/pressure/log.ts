import type { RegionId } from '../body/regions';
import type { TechniqueId } from './techniques';

/** What the client said about the pressure (seed 003: too much, not enough, just right). */
export const responses = ['more', 'just-right', 'less', 'stop'] as const;
export type PressureResponse = (typeof responses)[number];

export const responseLabels: Readonly<Record<PressureResponse, string>> = {
  more: 'asked for more',
  'just-right': 'just right',
  less: 'asked for less',
  stop: 'asked to stop',
};

/** Pressure 1-10; about 7 is the therapeutic edge. */
export const PRESSURE_MIN = 1;
export const PRESSURE_MAX = 10;
export const THERAPEUTIC_EDGE = 7;

export interface PressureEntry {
  id: string;
  at: number;
  /** Milliseconds since the session started (the session clock, as on screen). */
  sessionMs: number;
  phaseIndex: number;
  phaseName: string;
  region: RegionId;
  technique: TechniqueId;
  level: number;
  response: PressureResponse;
  note: string;
}

/** The fields a correction may change. */
export interface PressureChange {
  region?: RegionId;
  technique?: TechniqueId;
  level?: number;
  response?: PressureResponse;
  note?: string;
  /** Withdraws an entry logged by mistake; it stays in the file. */
  withdrawn?: boolean;
}

/** A correction is its own event: the original entry is never overwritten. */
export interface PressureCorrection {
  at: number;
  entryId: string;
  change: PressureChange;
}

export interface PressureLog {
  entries: PressureEntry[];
  corrections: PressureCorrection[];
}

export interface EffectiveEntry extends PressureEntry {
  /** Region, technique, pressure or feedback was changed after logging (a note alone is not a correction). */
  corrected: boolean;
}

/** An entry as it reads now, with what it first said when corrected, and whether it was withdrawn. */
export interface EntryHistory extends EffectiveEntry {
  withdrawn: boolean;
  original: PressureEntry;
}

export const emptyLog: PressureLog = { entries: [], corrections: [] };

const correctedFields = ['region', 'technique', 'level', 'response'] as const;

/** Every entry ever logged, corrections applied in order; withdrawn entries stay, marked. */
export function pressureHistory(log: PressureLog | undefined): EntryHistory[] {
  if (!log) return [];
  const byId = new Map<string, EntryHistory>();
  for (const entry of log.entries) byId.set(entry.id, { ...entry, corrected: false, withdrawn: false, original: entry });
  for (const correction of log.corrections) {
    const current = byId.get(correction.entryId);
    if (!current) continue;
    const { withdrawn, ...fields } = correction.change;
    const updated = { ...current, ...fields, withdrawn: withdrawn ?? current.withdrawn };
    byId.set(correction.entryId, { ...updated, corrected: correctedFields.some((field) => updated[field] !== current.original[field]) });
  }
  return [...byId.values()];
}

/** The log as it reads after every correction, in order; withdrawn entries drop out. */
export function effectiveEntries(log: PressureLog | undefined): EffectiveEntry[] {
  return pressureHistory(log)
    .filter((entry) => !entry.withdrawn)
    .map(({ withdrawn: _withdrawn, original: _original, ...entry }) => entry);
}

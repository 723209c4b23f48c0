import { regionIds, type RegionId } from '../body/regions';
import { PRESSURE_MAX, PRESSURE_MIN, type PressureResponse } from './log';
import { techniqueIds, type TechniqueId } from './techniques';

/** The region, technique and pressure the next pressure-log entry will carry. */
export interface PressureSelection {
  region: RegionId;
  technique: TechniqueId;
  level: number;
}

/** Where a session starts: broad strokes on the upper back, moderate pressure. */
export const firstSelection: Readonly<PressureSelection> = { region: 'upper-back', technique: 'effleurage', level: 5 };

export const clampLevel = (level: number): number => Math.min(PRESSURE_MAX, Math.max(PRESSURE_MIN, level));

function cycle<T>(list: readonly T[], current: T, step: 1 | -1): T {
  const index = list.indexOf(current);
  return list[(index + step + list.length) % list.length] ?? current;
}

export const nextRegion = (selection: PressureSelection, step: 1 | -1): PressureSelection => ({
  ...selection,
  region: cycle(regionIds, selection.region, step),
});

export const nextTechnique = (selection: PressureSelection, step: 1 | -1): PressureSelection => ({
  ...selection,
  technique: cycle(techniqueIds, selection.technique, step),
});

/** After "more" or "less" the level moves one step, since that is what the therapist does next. */
export const afterResponse = (selection: PressureSelection, response: PressureResponse): PressureSelection => ({
  ...selection,
  level: clampLevel(selection.level + (response === 'more' ? 1 : response === 'less' ? -1 : 0)),
});

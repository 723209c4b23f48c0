import { useState } from 'react';
import { regionIds, type RegionId } from '../../shared/body/regions';
import { PRESSURE_MAX, PRESSURE_MIN, THERAPEUTIC_EDGE, type PressureResponse } from '../../shared/pressure/log';
import { techniqueIds, type TechniqueId } from '../../shared/pressure/techniques';

export interface PressureSelection {
  region: RegionId;
  technique: TechniqueId;
  level: number;
}

const clampLevel = (level: number): number => Math.min(PRESSURE_MAX, Math.max(PRESSURE_MIN, level));

function cycle<T>(list: readonly T[], current: T, step: 1 | -1): T {
  const index = list.indexOf(current);
  return list[(index + step + list.length) % list.length] ?? current;
}

/**
 * The current region, technique and level: the last choice stays until changed.
 * After "more" or "less" the level moves one step, since that is what the
 * therapist does next; the screen always shows the level the next entry will carry.
 */
export function usePressureState(initial?: Partial<PressureSelection>) {
  const [selection, setSelection] = useState<PressureSelection>({
    region: initial?.region ?? 'upper-back',
    technique: initial?.technique ?? 'effleurage',
    level: initial?.level ?? Math.min(THERAPEUTIC_EDGE, 5),
  });
  return {
    selection,
    setRegion: (region: RegionId) => setSelection((current) => ({ ...current, region })),
    setTechnique: (technique: TechniqueId) => setSelection((current) => ({ ...current, technique })),
    setLevel: (level: number) => setSelection((current) => ({ ...current, level: clampLevel(level) })),
    cycleRegion: (step: 1 | -1) => setSelection((current) => ({ ...current, region: cycle(regionIds, current.region, step) })),
    cycleTechnique: (step: 1 | -1) => setSelection((current) => ({ ...current, technique: cycle(techniqueIds, current.technique, step) })),
    followResponse: (response: PressureResponse) =>
      setSelection((current) => ({
        ...current,
        level: clampLevel(current.level + (response === 'more' ? 1 : response === 'less' ? -1 : 0)),
      })),
  };
}

import { describe, expect, it } from 'vitest';
import { regionIds } from '../../../../shared/body/regions';
import { stretchesForRegions, stretchLibrary } from '../../../../shared/handout/content/stretches';

describe('the stretch library', () => {
  it('offers at least twenty stretches', () => {
    expect(stretchLibrary.length).toBeGreaterThanOrEqual(20);
  });

  it('gives every stretch its own id and its own name', () => {
    expect(new Set(stretchLibrary.map((stretch) => stretch.id)).size).toBe(stretchLibrary.length);
    expect(new Set(stretchLibrary.map((stretch) => stretch.name)).size).toBe(stretchLibrary.length);
  });

  // The seeds name no home stretch for the knees (an area mostly screened to keep away from): a therapist adds their own in the stretch library.
  it('has at least one stretch for every body region but the knees', () => {
    for (const region of regionIds.filter((each) => each !== 'knees')) {
      expect(
        stretchLibrary.some((stretch) => stretch.regions[0] === region),
        `no stretch mainly works ${region}`,
      ).toBe(true);
    }
  });

  it('gives every stretch three to five steps, a positive hold and positive repetitions', () => {
    for (const stretch of stretchLibrary) {
      expect(stretch.steps.length, stretch.id).toBeGreaterThanOrEqual(3);
      expect(stretch.steps.length, stretch.id).toBeLessThanOrEqual(5);
      expect(stretch.holdSeconds, stretch.id).toBeGreaterThan(0);
      expect(stretch.repetitions, stretch.id).toBeGreaterThan(0);
      expect(Number.isInteger(stretch.repetitions), stretch.id).toBe(true);
    }
  });

  it('names each region of a stretch only once', () => {
    for (const stretch of stretchLibrary) {
      expect(new Set(stretch.regions).size, stretch.id).toBe(stretch.regions.length);
    }
  });

  it('writes steps and cautions as whole sentences', () => {
    for (const stretch of stretchLibrary) {
      for (const line of [...stretch.steps, ...(stretch.caution === undefined ? [] : [stretch.caution])]) {
        expect(line, stretch.id).toMatch(/^[A-Z].*[.!]$/);
      }
    }
  });
});

describe('choosing stretches for the regions worked', () => {
  it('returns only stretches that reach a region that was worked', () => {
    const chosen = stretchesForRegions(['neck', 'calves'], 6);
    expect(chosen.length).toBeGreaterThan(0);
    for (const stretch of chosen) {
      expect(stretch.regions.some((region) => region === 'neck' || region === 'calves')).toBe(true);
    }
  });

  it('gives each worked region a stretch of its own before any region gets a second', () => {
    const chosen = stretchesForRegions(['lower-back', 'neck', 'feet'], 3);
    expect(chosen.map((stretch) => stretch.regions[0])).toEqual(['lower-back', 'neck', 'feet']);
  });

  it('puts stretches that mainly work a region before stretches that only touch it', () => {
    const chosen = stretchesForRegions(['feet'], 10);
    const firstSecondary = chosen.findIndex((stretch) => stretch.regions[0] !== 'feet');
    expect(firstSecondary).toBeGreaterThan(0);
    expect(chosen.slice(firstSecondary).every((stretch) => stretch.regions[0] !== 'feet')).toBe(true);
  });

  it('never repeats a stretch', () => {
    const chosen = stretchesForRegions([...regionIds, ...regionIds], 100);
    expect(new Set(chosen.map((stretch) => stretch.id)).size).toBe(chosen.length);
  });

  it('respects the limit, four by default', () => {
    expect(stretchesForRegions(regionIds)).toHaveLength(4);
    expect(stretchesForRegions(regionIds, 2)).toHaveLength(2);
    expect(stretchesForRegions(regionIds, 0)).toEqual([]);
  });

  it('returns nothing when no region was worked', () => {
    expect(stretchesForRegions([])).toEqual([]);
  });

  it('gives the same answer every time for the same regions', () => {
    const regions = ['shoulders', 'hamstrings', 'head'] as const;
    const ids = (): string[] => stretchesForRegions(regions, 5).map((stretch) => stretch.id);
    expect(ids()).toEqual(ids());
  });
});

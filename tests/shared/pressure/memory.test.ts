import { describe, expect, it } from 'vitest';
import { pressureMemory } from '../../../shared/pressure/memory';
import { entry, visit } from '../../helpers/care';

describe('pressure memory', () => {
  it('shows last visit’s preferred pressure per region, newest region first', () => {
    const memory = pressureMemory([
      visit('s-1', 14, [entry('lower-back', 6, 'more'), entry('lower-back', 7, 'just-right'), entry('neck', 4, 'less')]),
    ]);
    expect(memory.map((region) => region.text)).toEqual(['Lower back: 7, just right', 'Neck: 4, asked for less']);
    expect(memory.every((region) => region.change === null)).toBe(true);
  });

  it('flags a region whose feedback shifted over the last visits', () => {
    const memory = pressureMemory([
      visit('s-1', 21, [entry('lower-back', 5, 'just-right'), entry('neck', 4, 'just-right')]),
      visit('s-2', 14, [entry('lower-back', 6, 'just-right'), entry('neck', 4, 'just-right')]),
      visit('s-3', 7, [entry('lower-back', 8, 'just-right'), entry('neck', 4, 'less')]),
    ]);
    const back = memory.find((region) => region.region === 'lower-back');
    const neck = memory.find((region) => region.region === 'neck');
    expect(back?.change).toBe('changed over the last 3 visits: 5 just right → 6 just right → 8 just right');
    expect(neck?.change).toMatch(/4 just right → 4 just right → 4 asked for less/);
  });

  it('looks back over three visits at most, and ignores visits without feedback', () => {
    const memory = pressureMemory([
      visit('s-0', 40, [entry('calves', 2, 'more')]),
      visit('s-1', 30, [entry('lower-back', 7, 'just-right')]),
      visit('s-2', 20, []),
      visit('s-3', 10, [entry('lower-back', 7, 'just-right')]),
      visit('s-4', 5, [entry('lower-back', 7, 'just-right')]),
    ]);
    expect(memory.map((region) => region.region)).toEqual(['lower-back']);
    expect(memory[0]?.visits.map((v) => v.sessionId)).toEqual(['s-1', 's-3', 's-4']);
    expect(memory[0]?.change).toBeNull();
  });

  it('a first visit has no memory', () => {
    expect(pressureMemory([])).toEqual([]);
  });
});

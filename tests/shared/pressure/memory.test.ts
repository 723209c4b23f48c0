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

  it('a change of one level with the same answer is not flagged; two levels is', () => {
    const steady = pressureMemory([
      visit('s-1', 14, [entry('neck', 5, 'just-right')]),
      visit('s-2', 7, [entry('neck', 6, 'just-right')]),
    ]);
    expect(steady[0]?.change).toBeNull();
    const shifted = pressureMemory([
      visit('s-1', 14, [entry('neck', 5, 'just-right')]),
      visit('s-2', 7, [entry('neck', 7, 'just-right')]),
    ]);
    expect(shifted[0]?.change).toBe('changed over the last 2 visits: 5 just right → 7 just right');
  });

  it('a region with no level called just right remembers its last level and answer', () => {
    const memory = pressureMemory([visit('s-1', 7, [entry('feet', 3, 'less'), entry('feet', 2, 'stop')])]);
    expect(memory[0]).toMatchObject({ latest: { sessionId: 's-1', level: 2, response: 'stop' }, text: 'Feet: 2, asked to stop' });
  });

  it('regions worked most recently come first; regions of the same visit in alphabetical order', () => {
    const memory = pressureMemory([
      visit('s-1', 14, [entry('calves', 5, 'just-right')]),
      visit('s-2', 7, [entry('shoulders', 4, 'just-right'), entry('neck', 4, 'just-right')]),
    ]);
    expect(memory.map((region) => region.label)).toEqual(['Neck', 'Shoulders', 'Calves']);
  });

  it('looks back over as many visits as asked, oldest first, whatever order they arrive in', () => {
    const memory = pressureMemory(
      [
        visit('s-3', 7, [entry('neck', 4, 'just-right')]),
        visit('s-1', 21, [entry('neck', 4, 'just-right')]),
        visit('s-2', 14, [entry('neck', 4, 'just-right')]),
      ],
      2,
    );
    expect(memory[0]?.visits.map((each) => each.sessionId)).toEqual(['s-2', 's-3']);
  });

  it('a visit with no pressure log at all is passed over', () => {
    const unlogged = { ...visit('s-1', 14, []), pressure: undefined };
    const memory = pressureMemory([unlogged, visit('s-2', 7, [entry('neck', 4, 'just-right')])]);
    expect(memory[0]?.visits.map((each) => each.sessionId)).toEqual(['s-2']);
  });

  it('a level called just right is remembered as just right, even when the client asked for less after it', () => {
    const memory = pressureMemory([visit('s-1', 7, [entry('neck', 6, 'just-right'), entry('neck', 8, 'less')])]);
    expect(memory[0]).toMatchObject({ latest: { level: 6, response: 'just-right' }, text: 'Neck: 6, just right' });
  });

  it('a level called just right, then a request to stop at a lighter one: next visit remembers the stop, never the firmer level', () => {
    const memory = pressureMemory([
      visit('s-1', 7, [entry('lower-back', 8, 'more'), entry('lower-back', 9, 'more'), entry('lower-back', 10, 'just-right'), entry('lower-back', 6, 'stop')]),
    ]);
    expect(memory[0]).toMatchObject({ latest: { level: 6, response: 'stop' }, text: 'Lower back: 6, asked to stop' });
  });

  it('a request for less at or under the level called just right is what the next visit remembers', () => {
    const memory = pressureMemory([visit('s-1', 7, [entry('neck', 6, 'just-right'), entry('neck', 6, 'less')])]);
    expect(memory[0]).toMatchObject({ latest: { level: 6, response: 'less' }, text: 'Neck: 6, asked for less' });
  });
});

import { describe, expect, it } from 'vitest';
import { nextCueAfter } from '../../../shared/session/cues';
import { spokenDuration } from '../../../shared/session/format';
import { MIN, planOf, sessionWith, T0 } from '../../helpers/sessions';

describe('durations in words are exact, never rounded', () => {
  it.each([
    [30_000, '30 seconds'],
    [1_000, '1 second'],
    [60_000, '1 minute'],
    [61_000, '1 minute 1 second'],
    [150_000, '2 minutes 30 seconds'],
    [90 * 60_000, '90 minutes'],
    [25 * 60_000 + 45_000, '25 minutes 45 seconds'],
    [0, '0 seconds'],
  ])('%d ms reads "%s"', (ms, words) => {
    expect(spokenDuration(ms)).toBe(words);
  });

  it('a part-second is counted to the nearest second', () => {
    expect(spokenDuration(29_600)).toBe('30 seconds');
    expect(spokenDuration(59_999)).toBe('1 minute');
  });

  it('a 30-second phase is announced as 30 seconds, and a 2.5-minute one as 2 minutes 30 seconds', () => {
    const plan = planOf(['Settle', 1, 0], ['Warm-up', 0.5, 0], ['Targeted work', 2.5, 0]);
    const session = sessionWith([{ type: 'start', at: T0 }], plan);
    const cue = nextCueAfter(session, T0);
    expect(cue?.announcement).toBe('Settle is done. Next: Warm-up, 30 seconds.');
    expect(cue?.spoken).toBe('Warm-up, 30 seconds');
    const later = sessionWith([{ type: 'start', at: T0 }, { type: 'next', at: T0 + MIN }], plan);
    expect(nextCueAfter(later, T0 + MIN)?.announcement).toBe('Warm-up is done. Next: Targeted work, 2 minutes 30 seconds.');
  });
});

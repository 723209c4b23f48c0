import { describe, expect, it } from 'vitest';
import { effectiveEntries } from '../../../shared/pressure/log';
import { describeRegion, summarizeByRegion } from '../../../shared/pressure/summary';
import { entry } from '../../helpers/care';
import { T0 } from '../../helpers/sessions';

describe('pressure summaries', () => {
  it('summarises per region in the order worked, keeping the level called just right', () => {
    const log = {
      entries: [
        entry('lower-back', 5, 'more', 'effleurage'),
        entry('lower-back', 7, 'just-right', 'deep-tissue'),
        entry('neck', 5, 'less'),
        entry('neck', 4, 'less'),
      ],
      corrections: [],
    };
    const [back, neck] = summarizeByRegion(log);
    expect(back).toMatchObject({ region: 'lower-back', entries: 2, techniques: ['effleurage', 'deep-tissue'], minLevel: 5, maxLevel: 7, preferredLevel: 7 });
    expect(neck).toMatchObject({ region: 'neck', preferredLevel: null, lastLevel: 4, lastResponse: 'less' });
    expect(describeRegion(back!)).toBe('Lower back: 7, just right');
    expect(describeRegion(neck!)).toBe('Neck: 4, asked for less');
  });

  it('a correction changes what the log says without overwriting the entry', () => {
    const first = entry('neck', 6, 'just-right');
    const second = entry('shoulders', 3, 'more');
    const log = {
      entries: [first, second],
      corrections: [
        { at: T0 + 60_000, entryId: first.id, change: { region: 'upper-back' as const, note: 'was upper back' } },
        { at: T0 + 61_000, entryId: second.id, change: { withdrawn: true } },
      ],
    };
    const effective = effectiveEntries(log);
    expect(effective).toHaveLength(1);
    expect(effective[0]).toMatchObject({ id: first.id, region: 'upper-back', level: 6, note: 'was upper back', corrected: true });
    expect(log.entries[0]?.region).toBe('neck');
    expect(summarizeByRegion(log).map((summary) => summary.region)).toEqual(['upper-back']);
  });

  it('a later correction wins over an earlier one', () => {
    const only = entry('calves', 5, 'more');
    const log = {
      entries: [only],
      corrections: [
        { at: T0 + 1, entryId: only.id, change: { level: 6 } },
        { at: T0 + 2, entryId: only.id, change: { level: 4, response: 'less' as const } },
      ],
    };
    expect(effectiveEntries(log)[0]).toMatchObject({ level: 4, response: 'less' });
  });
});

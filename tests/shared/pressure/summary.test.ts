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

  it('a withdrawn entry stays withdrawn when a later correction adds a note', () => {
    const mistaken = entry('neck', 6, 'more');
    const log = {
      entries: [mistaken],
      corrections: [
        { at: T0 + 1, entryId: mistaken.id, change: { withdrawn: true } },
        { at: T0 + 2, entryId: mistaken.id, change: { note: 'pressed by mistake' } },
      ],
    };
    expect(effectiveEntries(log)).toEqual([]);
    expect(summarizeByRegion(log)).toEqual([]);
  });

  it('corrections to an entry that is not in the log are ignored', () => {
    const only = entry('calves', 5, 'more');
    const log = { entries: [only], corrections: [{ at: T0 + 1, entryId: 'e-missing', change: { level: 9 } }] };
    expect(effectiveEntries(log)).toEqual([{ ...only, corrected: false }]);
    expect(effectiveEntries(undefined)).toEqual([]);
  });

  it('the level kept is the last one the client called just right', () => {
    const log = {
      entries: [entry('lower-back', 5, 'just-right'), entry('lower-back', 8, 'more'), entry('lower-back', 7, 'just-right')],
      corrections: [],
    };
    const [back] = summarizeByRegion(log);
    expect(back).toMatchObject({ preferredLevel: 7, lastLevel: 7, minLevel: 5, maxLevel: 8, counts: { more: 1, 'just-right': 2, less: 0, stop: 0 } });
    expect(describeRegion(back!)).toBe('Lower back: 7, just right');
  });

  it('just right, then asked for less: both are told, the level called just right first', () => {
    const log = { entries: [entry('neck', 6, 'just-right'), entry('neck', 8, 'less')], corrections: [] };
    const [neck] = summarizeByRegion(log);
    expect(neck).toMatchObject({ preferredLevel: 6, lastLevel: 8, lastResponse: 'less' });
    expect(describeRegion(neck!)).toBe('Neck: 6, just right, then asked for less at 8');
  });

  it('a technique used twice in a region is listed once', () => {
    const log = {
      entries: [entry('calves', 4, 'more', 'petrissage'), entry('calves', 5, 'more', 'petrissage'), entry('calves', 6, 'stop', 'friction')],
      corrections: [],
    };
    expect(summarizeByRegion(log)[0]).toMatchObject({ techniques: ['petrissage', 'friction'], entries: 3, lastResponse: 'stop' });
  });
});

describe('what counts as a correction', () => {
  it('a note added afterwards does not mark the entry as corrected', () => {
    const noted = entry('neck', 5, 'just-right');
    const log = { entries: [noted], corrections: [{ at: T0 + 1, entryId: noted.id, change: { note: 'client sighed, relaxed' } }] };
    expect(effectiveEntries(log)[0]).toMatchObject({ note: 'client sighed, relaxed', corrected: false });
  });

  it('a correction put back to what was first logged no longer reads as corrected', () => {
    const logged = entry('calves', 5, 'more');
    const log = {
      entries: [logged],
      corrections: [
        { at: T0 + 1, entryId: logged.id, change: { level: 7 } },
        { at: T0 + 2, entryId: logged.id, change: { level: 5 } },
      ],
    };
    expect(effectiveEntries(log)[0]).toMatchObject({ level: 5, corrected: false });
  });
});

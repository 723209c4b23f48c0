import { describe, expect, it } from 'vitest';
import type { RegionId } from '../../../shared/body/regions';
import { effectiveEntries, type PressureEntry } from '../../../shared/pressure/log';
import { afterResponse, type PressureSelection } from '../../../shared/pressure/selection';
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
    expect(back).toMatchObject({ region: 'lower-back', entries: 2, techniques: ['effleurage', 'deep-tissue'], minLevel: 5, maxLevel: 7, outcome: { level: 7, response: 'just-right' } });
    expect(neck).toMatchObject({ region: 'neck', outcome: { level: 4, response: 'less' }, lastLevel: 4, lastResponse: 'less' });
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
    expect(back).toMatchObject({ outcome: { level: 7, response: 'just-right' }, lastLevel: 7, minLevel: 5, maxLevel: 8, counts: { more: 1, 'just-right': 2, less: 0, stop: 0 } });
    expect(describeRegion(back!)).toBe('Lower back: 7, just right');
  });

  it('just right, then asked for less at a firmer level: both are told, the level called just right first', () => {
    const log = { entries: [entry('neck', 6, 'just-right'), entry('neck', 8, 'less')], corrections: [] };
    const [neck] = summarizeByRegion(log);
    expect(neck).toMatchObject({ outcome: { level: 6, response: 'just-right' }, overruledLevel: null, lastLevel: 8, lastResponse: 'less' });
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

/**
 * The entries the room logs for one region from the therapist's keys, as the room does it:
 * a digit sets the pressure, M J L S log an answer at it, and M or L then move it one step.
 */
function keyed(region: RegionId, keys: string): PressureEntry[] {
  let selection: PressureSelection = { region, technique: 'effleurage', level: 5 };
  const answers = { m: 'more', j: 'just-right', l: 'less', s: 'stop' } as const;
  const logged: PressureEntry[] = [];
  for (const key of keys.split(' ')) {
    if (/^\d$/.test(key)) selection = { ...selection, level: key === '0' ? 10 : Number(key) };
    else {
      const response = answers[key as keyof typeof answers];
      logged.push(entry(region, selection.level, response));
      selection = afterResponse(selection, response);
    }
  }
  return logged;
}

const regionOf = (entries: PressureEntry[], corrections: { at: number; entryId: string; change: object }[] = []) =>
  summarizeByRegion({ entries, corrections })[0]!;

describe('where a region ended, as the therapist logged it by keys', () => {
  it('more, more, just right, then the client asks to stop at 6: the summary says stop at 6, never "10, just right"', () => {
    const back = regionOf(keyed('lower-back', '8 m m j 6 s'));
    expect(back).toMatchObject({ outcome: { level: 6, response: 'stop' }, overruledLevel: 10, maxLevel: 10, lastLevel: 6, lastResponse: 'stop' });
    expect(describeRegion(back)).toBe('Lower back: 6, asked to stop, after 10 was just right');
  });

  it('more, more, just right, stop, all at the same pressure: stop at that pressure', () => {
    const back = regionOf(keyed('lower-back', '8 m m j s'));
    expect(back).toMatchObject({ outcome: { level: 10, response: 'stop' }, overruledLevel: 10 });
    expect(describeRegion(back)).toBe('Lower back: 10, asked to stop, after 10 was just right');
  });

  it('a pressure by digits, then stop: stop at that pressure', () => {
    const back = regionOf(keyed('lower-back', '6 s'));
    expect(back).toMatchObject({ outcome: { level: 6, response: 'stop' }, overruledLevel: null });
    expect(describeRegion(back)).toBe('Lower back: 6, asked to stop');
  });

  it('just right, then less at a lighter pressure: the lighter request stands', () => {
    const back = regionOf(keyed('lower-back', '7 j 5 l'));
    expect(back.outcome).toEqual({ level: 5, response: 'less' });
    expect(describeRegion(back)).toBe('Lower back: 5, asked for less, after 7 was just right');
  });

  it('asked to stop, then just right at a lighter pressure: the lighter level is the one kept', () => {
    const back = regionOf(keyed('lower-back', '8 j 6 s 4 j'));
    expect(back).toMatchObject({ outcome: { level: 4, response: 'just-right' }, overruledLevel: null });
    expect(describeRegion(back)).toBe('Lower back: 4, just right');
  });

  it('asked to stop, then asked for more at a lighter pressure: the stop is kept, and the later answer told', () => {
    const calves = regionOf(keyed('calves', '7 s 4 m'));
    expect(calves.outcome).toEqual({ level: 7, response: 'stop' });
    expect(describeRegion(calves)).toBe('Calves: 7, asked to stop, then asked for more at 4');
  });

  it('asking for more at or past where they asked for less lifts that limit', () => {
    const calves = regionOf(keyed('calves', '5 l 6 m m'));
    expect(calves.outcome).toEqual({ level: 7, response: 'more' });
    expect(describeRegion(calves)).toBe('Calves: 7, asked for more');
  });

  it('of two requests for less or to stop, the lighter pressure is the one kept', () => {
    expect(regionOf(keyed('neck', '6 s 8 l')).outcome).toEqual({ level: 6, response: 'stop' });
    expect(regionOf(keyed('neck', '8 l 6 s')).outcome).toEqual({ level: 6, response: 'stop' });
  });

  it('a stop logged by mistake and withdrawn: just right stands again', () => {
    const logged = keyed('lower-back', '8 m m j 6 s');
    const back = regionOf(logged, [{ at: 1, entryId: logged.at(-1)!.id, change: { withdrawn: true } }]);
    expect(back.outcome).toEqual({ level: 10, response: 'just-right' });
    expect(describeRegion(back)).toBe('Lower back: 10, just right');
  });

  it('a just right corrected to stop: the stop stands', () => {
    const logged = keyed('lower-back', '8 m m j');
    const back = regionOf(logged, [{ at: 1, entryId: logged.at(-1)!.id, change: { level: 9, response: 'stop' } }]);
    expect(back).toMatchObject({ outcome: { level: 9, response: 'stop' }, overruledLevel: null });
    expect(describeRegion(back)).toBe('Lower back: 9, asked to stop');
  });

  it('the pressure of a stop corrected afterwards: the summary follows the correction', () => {
    const logged = keyed('lower-back', '8 m m j 6 s');
    const back = regionOf(logged, [{ at: 1, entryId: logged.at(-1)!.id, change: { level: 4 } }]);
    expect(back.outcome).toEqual({ level: 4, response: 'stop' });
    expect(describeRegion(back)).toBe('Lower back: 4, asked to stop, after 10 was just right');
  });

  it('a stop at a firmer pressure than the one called just right leaves just right standing, the stop told after it', () => {
    const neck = regionOf(keyed('neck', '6 j 9 s'));
    expect(neck.outcome).toEqual({ level: 6, response: 'just-right' });
    expect(describeRegion(neck)).toBe('Neck: 6, just right, then asked to stop at 9');
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

import { describe, expect, it } from 'vitest';
import { regionIds } from '../../../shared/body/regions';
import { PRESSURE_MAX, PRESSURE_MIN } from '../../../shared/pressure/log';
import { afterResponse, clampLevel, firstSelection, nextRegion, nextTechnique } from '../../../shared/pressure/selection';
import { techniqueIds } from '../../../shared/pressure/techniques';

describe('the pressure selection the next keystroke logs', () => {
  it('a session starts on the upper back, effleurage, moderate pressure', () => {
    expect(firstSelection).toEqual({ region: 'upper-back', technique: 'effleurage', level: 5 });
  });

  it('"more" and "less" move the pressure one step; "just right" and "stop" leave it', () => {
    const at5 = { ...firstSelection, level: 5 };
    expect(afterResponse(at5, 'more').level).toBe(6);
    expect(afterResponse(at5, 'less').level).toBe(4);
    expect(afterResponse(at5, 'just-right').level).toBe(5);
    expect(afterResponse(at5, 'stop').level).toBe(5);
    expect(afterResponse(at5, 'more')).toMatchObject({ region: 'upper-back', technique: 'effleurage' });
  });

  it('pressure never goes past the ends of the scale', () => {
    expect(afterResponse({ ...firstSelection, level: PRESSURE_MAX }, 'more').level).toBe(PRESSURE_MAX);
    expect(afterResponse({ ...firstSelection, level: PRESSURE_MIN }, 'less').level).toBe(PRESSURE_MIN);
    expect(clampLevel(PRESSURE_MAX + 3)).toBe(PRESSURE_MAX);
    expect(clampLevel(PRESSURE_MIN - 3)).toBe(PRESSURE_MIN);
    expect(clampLevel(PRESSURE_MIN + 1)).toBe(PRESSURE_MIN + 1);
  });

  it('the region steps forward and back through the body list, wrapping at both ends', () => {
    const first = regionIds[0];
    const last = regionIds[regionIds.length - 1]!;
    expect(nextRegion({ ...firstSelection, region: first }, 1).region).toBe(regionIds[1]);
    expect(nextRegion({ ...firstSelection, region: first }, -1).region).toBe(last);
    expect(nextRegion({ ...firstSelection, region: last }, 1).region).toBe(first);
    expect(nextRegion({ ...firstSelection, region: 'upper-back', level: 7 }, -1)).toEqual({ region: 'shoulders', technique: 'effleurage', level: 7 });
  });

  it('the technique steps forward and back through the room list, wrapping at both ends', () => {
    const last = techniqueIds[techniqueIds.length - 1]!;
    expect(nextTechnique(firstSelection, 1).technique).toBe('petrissage');
    expect(nextTechnique(firstSelection, -1).technique).toBe(last);
    expect(nextTechnique({ ...firstSelection, technique: last }, 1).technique).toBe('effleurage');
    expect(nextTechnique(firstSelection, 1)).toMatchObject({ region: 'upper-back', level: 5 });
  });
});

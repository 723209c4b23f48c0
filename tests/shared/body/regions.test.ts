import { describe, expect, it } from 'vitest';
import { bodyRegions, regionIds, regionLabel } from '../../../shared/body/regions';

describe('body regions as the therapist reads them', () => {
  it('names each region in plain words', () => {
    expect(regionLabel('upper-back')).toBe('Upper back');
    expect(regionLabel('hands')).toBe('Forearms and hands');
    expect(regionLabel('head')).toBe('Head and face');
  });

  it('every region has a label and a side of the body chart', () => {
    expect(bodyRegions.map((region) => region.id)).toEqual([...regionIds]);
    expect(bodyRegions.every((region) => region.label.length > 0)).toBe(true);
  });

  it('a region this version does not know (from a newer record) is shown by its id rather than dropped', () => {
    expect(regionLabel('left-ear' as never)).toBe('left-ear');
  });
});

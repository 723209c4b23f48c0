import { describe, expect, it } from 'vitest';
import { painBeforeAfter, painScore } from '../../../shared/record/pain-words';

describe('pain in words', () => {
  it('reads a score out of ten, and says when none was recorded', () => {
    expect(painScore(6)).toBe('6/10');
    expect(painScore(0)).toBe('0/10');
    expect(painScore(null)).toBe('not recorded');
    expect(painScore(undefined)).toBe('not recorded');
  });

  it('gives both sides of a visit, naming the side nobody recorded', () => {
    expect(painBeforeAfter(6, 3)).toBe('pain 6/10 before, 3/10 after');
    expect(painBeforeAfter(0, 0)).toBe('pain 0/10 before, 0/10 after');
    expect(painBeforeAfter(6, null)).toBe('pain 6/10 before, not recorded after');
    expect(painBeforeAfter(null, 2)).toBe('pain not recorded before, 2/10 after');
  });

  it('says once that a visit has no pain scores, instead of dashes', () => {
    expect(painBeforeAfter(null, null)).toBe('pain not recorded');
  });
});

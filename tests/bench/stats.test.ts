import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats';

describe('benchmark statistics', () => {
  it('interpolates between ranks, like numpy', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(percentile([7], 99)).toBe(7);
  });

  it('does not care about the order samples arrive in', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(percentile([5, 1, 4, 2, 3], 0)).toBe(1);
    expect(percentile([5, 1, 4, 2, 3], 100)).toBe(5);
  });

  it('refuses to invent a figure from no samples', () => {
    expect(() => percentile([], 50)).toThrow(/at least one sample/);
    expect(() => percentile([1], 101)).toThrow(/between 0 and 100/);
  });
});

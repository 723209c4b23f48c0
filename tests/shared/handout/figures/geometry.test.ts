import { describe, expect, it } from 'vitest';
import {
  along,
  capsulePath,
  circlePath,
  distance,
  headingOf,
  lerp,
  polygonPath,
  roundedRectPath,
  smoothClosedPath,
  type Point,
} from '../../../../shared/handout/figures/geometry';
import { boxOf, gap, pathLength, pieces, trace, tracePiece, turning } from './trace';

/** How far a point is from the skin of a limb drawn from a (radius r1) to b (radius r2): 0 on the skin. */
function offSkin(p: Point, a: Point, r1: number, b: Point, r2: number): number {
  let nearest = Infinity;
  for (let i = 0; i <= 400; i += 1) {
    const t = i / 400;
    nearest = Math.min(nearest, distance(p, lerp(a, b, t)) - (r1 + (r2 - r1) * t));
  }
  return nearest;
}

const limbs: Array<{ name: string; a: Point; r1: number; b: Point; r2: number }> = [
  { name: 'a thigh narrowing to the knee', a: { x: 20, y: 30 }, r1: 5.8, b: { x: 50, y: 45 }, r2: 4 },
  { name: 'a shin widening toward the reader', a: { x: 50, y: 45 }, r1: 3, b: { x: 20, y: 80 }, r2: 5 },
  { name: 'an arm of even width hanging down', a: { x: 60, y: 20 }, r1: 3, b: { x: 60, y: 50 }, r2: 3 },
  { name: 'a hand shorter than its own width', a: { x: 30, y: 30 }, r1: 2.2, b: { x: 33, y: 32 }, r2: 2.6 },
  { name: 'a heel tapering sharply to the toes', a: { x: 20, y: 60 }, r1: 6, b: { x: 29, y: 65 }, r2: 2 },
  { name: 'a wrist flaring sharply to the hand', a: { x: 29, y: 65 }, r1: 2, b: { x: 20, y: 60 }, r2: 6 },
];

describe('a limb outline', () => {
  for (const { name, a, r1, b, r2 } of limbs) {
    it(`follows the skin all the way round: ${name}`, () => {
      const outline = trace(capsulePath(a, r1, b, r2));
      for (const p of outline) expect(Math.abs(offSkin(p, a, r1, b, r2)), `${p.x} ${p.y}`).toBeLessThan(0.3);
      // Both round ends are drawn out to their full radius.
      const beyondB = along(b, headingOf(a, b), r2);
      const beyondA = along(a, headingOf(b, a), r1);
      expect(Math.min(...outline.map((p) => gap(p, beyondB)))).toBeLessThan(0.4);
      expect(Math.min(...outline.map((p) => gap(p, beyondA)))).toBeLessThan(0.4);
      expect(turning(outline)).toBeGreaterThan(0);
    });
  }

  it('is just the bigger round end when one end swallows the other', () => {
    const cases = [
      { a: { x: 40, y: 40 }, r1: 5, b: { x: 41, y: 40 }, r2: 2, centre: { x: 40, y: 40 } },
      { a: { x: 40, y: 40 }, r1: 2, b: { x: 40, y: 41 }, r2: 5, centre: { x: 40, y: 41 } },
      // The smaller end just touches the bigger one from inside.
      { a: { x: 10, y: 10 }, r1: 5, b: { x: 13, y: 10 }, r2: 2, centre: { x: 10, y: 10 } },
    ];
    for (const { a, r1, b, r2, centre } of cases) {
      const d = capsulePath(a, r1, b, r2);
      for (const p of trace(d)) expect(gap(p, centre)).toBeCloseTo(5, 0);
      expect(pathLength(d)).toBeCloseTo(2 * Math.PI * 5, 0);
    }
  });
});

describe('a circle', () => {
  it('is round, of the radius asked, and refuses a position that is not a number', () => {
    const d = circlePath({ x: 30, y: 70 }, 7);
    for (const p of trace(d)) expect(gap(p, { x: 30, y: 70 })).toBeCloseTo(7, 1);
    expect(pathLength(d)).toBeCloseTo(2 * Math.PI * 7, 0);
    expect(() => circlePath({ x: Number.NaN, y: 3 }, 2)).toThrow('A figure coordinate must be a finite number');
  });

  it('stays round when its radius and centre fall between printed tenths, as a head does at 1.25 times the size', () => {
    for (const [centre, r] of [
      [{ x: 25.25, y: 99.3 }, 8.75],
      [{ x: 40.04, y: 61.26 }, 5.88],
      [{ x: 33.35, y: 20.05 }, 5.6],
    ] as const) {
      const outline = trace(circlePath(centre, r));
      const box = boxOf(outline);
      // As tall as it is wide, and every point a radius from the centre, to within the printed tenth.
      expect(Math.abs(box.maxY - box.minY - (box.maxX - box.minX))).toBeLessThan(0.15);
      for (const p of outline) expect(Math.abs(gap(p, centre) - r)).toBeLessThan(0.15);
    }
  });
});

describe('placing points', () => {
  it('walks the given length in the given heading', () => {
    const from = { x: 30, y: 40 };
    for (const degrees of [0, 35, 90, 150, -120]) {
      const to = along(from, degrees, 12);
      expect(distance(from, to)).toBeCloseTo(12);
      expect(headingOf(from, to)).toBeCloseTo(degrees);
    }
    expect(distance({ x: 1, y: 2 }, { x: 4, y: 6 })).toBe(5);
  });

  it('finds points part of the way from one point to another', () => {
    const a = { x: 10, y: 50 };
    const b = { x: 30, y: 20 };
    expect(lerp(a, b, 0)).toEqual(a);
    expect(lerp(a, b, 1)).toEqual(b);
    expect(lerp(a, b, 0.25)).toEqual({ x: 15, y: 42.5 });
  });
});

describe('a smooth outline', () => {
  // Uneven steps round a circle of radius 20, so no mistake can hide behind symmetry.
  const angles = [0, 40, 95, 140, 180, 230, 270, 320];
  const onCircle = angles.map((degrees) => along({ x: 60, y: 60 }, degrees, 20));

  it('passes through every point once and rounds off between them', () => {
    for (const points of [onCircle, [...onCircle].reverse()]) {
      const d = smoothClosedPath(points);
      const outline = trace(d);
      for (const p of outline) expect(Math.abs(gap(p, { x: 60, y: 60 }) - 20)).toBeLessThan(1);
      for (const corner of points) expect(Math.min(...outline.map((p) => gap(p, corner)))).toBeLessThan(0.2);
      expect(pathLength(d) / (2 * Math.PI * 20)).toBeCloseTo(1, 1);
      expect(turning(outline)).toBeGreaterThan(0);
    }
  });
});

describe('a polygon', () => {
  it('joins its corners with straight sides, running clockwise whichever way it is given', () => {
    const corners = [
      { x: 60, y: 60 },
      { x: 90, y: 60 },
      { x: 90, y: 100 },
    ];
    for (const points of [corners, [...corners].reverse()]) {
      const d = polygonPath(points);
      expect(pathLength(d)).toBeCloseTo(30 + 40 + 50, 1);
      const outline = trace(d);
      for (const corner of corners) expect(Math.min(...outline.map((p) => gap(p, corner)))).toBeLessThan(0.05);
      expect(turning(outline)).toBeGreaterThan(0);
    }
  });
});

describe('a rounded rectangle', () => {
  const cases = [
    { name: 'a cushion', x: 10, y: 20, width: 40, height: 30, r: 4, corner: 4 },
    { name: 'a chair leg, narrower than its rounding', x: 70, y: 10, width: 2, height: 20, r: 5, corner: 1 },
    { name: 'a floor line, flatter than its rounding', x: 10, y: 100, width: 30, height: 2, r: 5, corner: 1 },
  ];
  for (const { name, x, y, width, height, r, corner } of cases) {
    it(`fills its box exactly, with round corners: ${name}`, () => {
      const d = roundedRectPath(x, y, width, height, r);
      expect(pieces(d)).toHaveLength(1);
      const outline = tracePiece(d, 0.2);
      const box = boxOf(outline);
      expect(box.minX).toBeCloseTo(x, 1);
      expect(box.maxX).toBeCloseTo(x + width, 1);
      expect(box.minY).toBeCloseTo(y, 1);
      expect(box.maxY).toBeCloseTo(y + height, 1);
      expect(pathLength(d)).toBeCloseTo(2 * (width + height) - 8 * corner + 2 * Math.PI * corner, 1);
      // Each corner is cut by a quarter circle of the corner radius.
      for (const cornerPoint of [
        { x, y },
        { x: x + width, y },
        { x: x + width, y: y + height },
        { x, y: y + height },
      ]) {
        expect(Math.min(...outline.map((p) => gap(p, cornerPoint)))).toBeCloseTo(corner * (Math.SQRT2 - 1), 1);
      }
      expect(turning(outline)).toBeGreaterThan(0);
    });
  }
});

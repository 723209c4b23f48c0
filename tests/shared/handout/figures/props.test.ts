import { describe, expect, it } from 'vitest';
import type { DiagramStroke } from '../../../../shared/handout/content/stretch';
import { chair, chairBack, cushion, doorFrame, floor, floorY, mat, stool, towel, wall } from '../../../../shared/handout/figures/props';
import { boxOf, gap, pieces, trace, type Box } from './trace';

function box(stroke: DiagramStroke): Box {
  if (stroke.kind !== 'shape') throw new Error('a prop is a filled shape');
  return boxOf(trace(stroke.d, 0.3));
}

function tone(stroke: DiagramStroke): string {
  return stroke.kind === 'shape' ? stroke.tone : stroke.kind;
}

/** The box of each piece, rounded to what a printer shows. */
function boxes(strokes: readonly DiagramStroke[]): Box[] {
  return strokes.map(box).map((b) => ({
    minX: Math.round(b.minX * 10) / 10,
    maxX: Math.round(b.maxX * 10) / 10,
    minY: Math.round(b.minY * 10) / 10,
    maxY: Math.round(b.maxY * 10) / 10,
  }));
}

const tallest = (all: Box[]) => all.reduce((a, b) => (b.maxY - b.minY > a.maxY - a.minY ? b : a));
const widest = (all: Box[]) => all.reduce((a, b) => (b.maxX - b.minX > a.maxX - a.minX ? b : a));

describe('the floor and what lies on it', () => {
  it('draws the floor as a firm ink line across the picture, or between the ends asked', () => {
    expect(boxes([floor()])).toEqual([{ minX: 4, maxX: 116, minY: floorY, maxY: floorY + 2 }]);
    expect(boxes([floor(90, 10, 50)])).toEqual([{ minX: 10, maxX: 50, minY: 90, maxY: 92 }]);
    expect(tone(floor())).toBe('ink');
  });

  it('lays a mat on the floor, its top three units up', () => {
    expect(boxes([mat(6, 112)])).toEqual([{ minX: 6, maxX: 112, minY: floorY - 3, maxY: floorY }]);
    expect(tone(mat(6, 112))).toBe('prop');
  });

  it('sets a cushion on the floor, or on what it is stacked on, with fully rounded ends', () => {
    const onFloor = cushion(18, 30, 4);
    expect(boxes([onFloor])).toEqual([{ minX: 18, maxX: 48, minY: floorY - 4, maxY: floorY }]);
    expect(boxes([cushion(18, 30, 4, 90)])).toEqual([{ minX: 18, maxX: 48, minY: 86, maxY: 90 }]);
    // Round ends: the outline at mid-height of an end is a half circle as tall as the cushion.
    const outline = trace(onFloor.kind === 'shape' ? onFloor.d : '', 0.2);
    expect(Math.min(...outline.map((p) => gap(p, { x: 18, y: floorY - 4 })))).toBeCloseTo(2 * (Math.SQRT2 - 1), 1);
    expect(tone(onFloor)).toBe('prop');
  });
});

describe('furniture', () => {
  it('draws a kitchen chair from the side: back on the left, seat at the height asked, legs on the floor', () => {
    const pieces3 = chair(70, 80, 22);
    expect(pieces3.map(tone)).toEqual(['prop', 'prop', 'prop']);
    const all = boxes(pieces3);
    const back = tallest(all);
    const seat = widest(all);
    const frontLeg = all.find((each) => each !== back && each !== seat) as Box;
    expect(seat.minY).toBe(80);
    expect(back.maxY).toBe(floorY);
    expect(frontLeg.maxY).toBe(floorY);
    expect(frontLeg.minY).toBe(80);
    expect(back.minY).toBe(80 - 32);
    expect(frontLeg.maxX).toBe(70);
    expect(back.minX).toBe(70 - 22 - 3);
    // The seat covers the tops of the back post and the front leg.
    expect(seat.minX).toBeLessThanOrEqual(back.minX);
    expect(seat.maxX).toBeGreaterThanOrEqual(frontLeg.maxX);
    expect(seat.maxX - frontLeg.maxX).toBeLessThan(2);
    // A narrower chair by default.
    expect(widest(boxes(chair(70, 80))).minX).toBe(70 - 22 - 3);
  });

  it('stands a stool centred under the sitter, its legs inside the seat and on the floor', () => {
    const all = boxes(stool(60, 80, 34));
    expect(stool(60, 80).map(tone)).toEqual(['prop', 'prop', 'prop']);
    const seat = widest(all);
    const legs = all.filter((each) => each !== seat);
    expect(seat).toEqual({ minX: 43, maxX: 77, minY: 80, maxY: 84 });
    expect(legs).toHaveLength(2);
    for (const leg of legs) {
      expect(leg.minY).toBe(80);
      expect(leg.maxY).toBe(floorY);
      expect(leg.minX).toBeGreaterThan(seat.minX);
      expect(leg.maxX).toBeLessThan(seat.maxX);
      expect(leg.maxX - leg.minX).toBe(3);
    }
    const [left, right] = [...legs].sort((a, b) => a.minX - b.minX) as [Box, Box];
    expect(left.minX - seat.minX).toBe(seat.maxX - right.maxX);
    expect(boxes(stool(60, 80))[2]).toEqual({ minX: 43, maxX: 77, minY: 80, maxY: 84 });
  });

  it('draws a chair back to hold: a post from the top asked to the floor, the seat below it, a leg under the seat', () => {
    expect(chairBack(70, 50).map(tone)).toEqual(['prop', 'prop', 'prop']);
    const all = boxes(chairBack(70, 50));
    const post = tallest(all);
    const seat = widest(all);
    const leg = all.find((each) => each !== post && each !== seat) as Box;
    expect(post.minX).toBe(70);
    expect(post.minY).toBe(50);
    expect(post.maxY).toBe(floorY);
    expect(seat.minY).toBe(80);
    expect(seat.maxX).toBeCloseTo(post.maxX, 5);
    expect(seat.minX).toBe(52);
    expect(leg.minX).toBe(seat.minX);
    expect(leg.minY).toBeGreaterThan(seat.minY);
    expect(leg.minY).toBeLessThan(seat.maxY);
    expect(leg.maxY).toBe(floorY);
  });

  it('draws a wall from the top of the picture to the floor, as thick as asked', () => {
    expect(boxes([wall(30)])).toEqual([{ minX: 30, maxX: 36, minY: 4, maxY: floorY }]);
    expect(boxes([wall(30, 4)])).toEqual([{ minX: 30, maxX: 34, minY: 4, maxY: floorY }]);
    expect(tone(wall(30))).toBe('prop');
  });

  it('draws a door frame: a post on the floor with the lintel across its top', () => {
    const frame = doorFrame(80);
    expect(frame.map(tone)).toEqual(['prop', 'prop']);
    const [post, lintel] = boxes(frame) as [Box, Box];
    expect(post).toEqual({ minX: 80, maxX: 85, minY: 8, maxY: floorY });
    expect(lintel.minY).toBe(4);
    expect(lintel.maxY).toBeGreaterThan(post.minY);
    expect(lintel.minX).toBe(68);
    expect(lintel.maxX).toBeGreaterThan(post.maxX);
  });
});

describe('a towel', () => {
  it('runs taut through every point it is held at, in ink over the figure', () => {
    const points = [
      { x: 20, y: 60 },
      { x: 50, y: 40 },
      { x: 80, y: 70 },
    ];
    const strap = towel(points);
    expect(tone(strap)).toBe('ink');
    const d = strap.kind === 'shape' ? strap.d : '';
    expect(pieces(d)).toHaveLength(2);
    const outline = trace(d, 0.2);
    for (const point of points) expect(Math.min(...outline.map((p) => gap(p, point)))).toBeLessThan(1.3);
    // A thin strap: no part of it strays from the straight runs between the points.
    const run = (p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => {
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / ((b.x - a.x) ** 2 + (b.y - a.y) ** 2)));
      return gap(p, { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
    };
    for (const p of outline) expect(Math.min(run(p, points[0]!, points[1]!), run(p, points[1]!, points[2]!))).toBeLessThan(1.25);
  });
});

import { describe, expect, it } from 'vitest';
import { diagramViewBox, stretchDiagramSvg } from '../../../../shared/handout/content/stretch';
import { moveArrow, turnArrow } from '../../../../shared/handout/figures/arrows';
import { along, type Point } from '../../../../shared/handout/figures/geometry';
import { gap } from './trace';

/** The arrow as printed: where its shaft starts, the shaft's curve control, and the point of its head. */
function printedArrow(stroke: ReturnType<typeof turnArrow>) {
  const svg = stretchDiagramSvg({ viewBox: diagramViewBox, strokes: [stroke] }, 'Arrow');
  const shaft = /<path stroke="#000000" stroke-width="2.4" d="M(\S+) (\S+) (?:Q(\S+) (\S+) )?L?\S+ \S+"\/>/.exec(svg);
  const head = /class="arrow-head"[^>]* d="M\S+ \S+ L(\S+) (\S+) L/.exec(svg);
  if (!shaft || !head) throw new Error(`no arrow in ${svg}`);
  const start = { x: Number(shaft[1]), y: Number(shaft[2]) };
  const tip = { x: Number(head[1]), y: Number(head[2]) };
  const control = shaft[3] === undefined ? null : { x: Number(shaft[3]), y: Number(shaft[4]) };
  return { start, tip, control };
}

/** The middle of the printed curve from start to tip. */
function middleOf({ start, tip, control }: ReturnType<typeof printedArrow>): Point {
  const c = control ?? { x: (start.x + tip.x) / 2, y: (start.y + tip.y) / 2 };
  return { x: (start.x + 2 * c.x + tip.x) / 4, y: (start.y + 2 * c.y + tip.y) / 4 };
}

describe('an arrow for a turn about a joint', () => {
  const pivot = { x: 60, y: 60 };
  // Both ways round, in every quarter of the picture: a neck tilting, an arm swinging across, a chin dropping.
  const turns: Array<[from: number, to: number]> = [
    [170, 222],
    [22, 78],
    [170, 118],
    [-60, -10],
    [100, 40],
    [-150, -100],
    // Starting and ending level (a head tipping from one shoulder to the other), and straight above each other.
    [135, 225],
    [45, 135],
  ];

  for (const [from, to] of turns) {
    it(`runs round the joint on its circle, from ${from} to ${to} degrees`, () => {
      const arrow = printedArrow(turnArrow(pivot, 24, from, to));
      expect(gap(arrow.start, along(pivot, from, 24))).toBeLessThan(0.15);
      expect(gap(arrow.tip, along(pivot, to, 24))).toBeLessThan(0.15);
      // Halfway along, the arrow is still on the circle: bowed away from the joint, as far as the arc.
      expect(gap(middleOf(arrow), pivot)).toBeCloseTo(24, 0);
      expect(gap(middleOf(arrow), along(pivot, (from + to) / 2, 24))).toBeLessThan(0.3);
    });
  }
});

describe('an arrow for a slide or a lift', () => {
  it('runs straight from where the movement starts to where it ends, unless asked to bow', () => {
    const straight = printedArrow(moveArrow({ x: 20, y: 90 }, { x: 20, y: 40 }));
    expect(straight.control).toBeNull();
    expect(straight.start).toEqual({ x: 20, y: 90 });
    expect(straight.tip).toEqual({ x: 20, y: 40 });
    // Bowed to its left: going up the page, that is toward the left.
    const bowed = printedArrow(moveArrow({ x: 20, y: 90 }, { x: 20, y: 40 }, 6));
    expect(middleOf(bowed).x).toBeCloseTo(17, 0);
  });
});

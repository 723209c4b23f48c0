import { describe, expect, it, vi } from 'vitest';
import type { DiagramStroke } from '../../../../shared/handout/content/stretch';
import { turnArrow } from '../../../../shared/handout/figures/arrows';
import { figureDiagram } from '../../../../shared/handout/figures/figure-drawing';
import { capsulePath, circlePath, heading, smoothClosedPath } from '../../../../shared/handout/figures/geometry';
import { floor, floorY } from '../../../../shared/handout/figures/props';
import type { Pose } from '../../../../shared/handout/figures/skeleton';

const standing: Pose = {
  view: 'side',
  hip: { x: 60, y: 40 },
  torso: 180,
  nearArm: { upper: 3, lower: 6 },
  farArm: { upper: -4, lower: -2 },
  nearLeg: { upper: 3, lower: 0 },
  farLeg: { upper: -4, lower: -3 },
};

/** The vertices a path passes through (arc radii and flags left out). */
function vertices(d: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (const [, command, args] of d.matchAll(/([MLCA])([^MLCAZ]*)/g)) {
    const values = (args?.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const pairs = command === 'A' ? [values.slice(5, 7)] : Array.from({ length: values.length / 2 }, (_, i) => values.slice(i * 2, i * 2 + 2));
    for (const [x, y] of pairs) points.push([x ?? NaN, y ?? NaN]);
  }
  return points;
}

/** Positive when the outline runs clockwise on the page (y grows downward). */
function turning(points: Array<[number, number]>): number {
  return points.reduce((sum, [x, y], i) => {
    const [nx, ny] = points[(i + 1) % points.length] ?? [0, 0];
    return sum + x * ny - nx * y;
  }, 0);
}

function bodyShapes(strokes: readonly DiagramStroke[]): string[] {
  return strokes.flatMap((stroke) => (stroke.kind === 'shape' && (stroke.tone === 'body' || stroke.tone === 'far') ? [stroke.d] : []));
}

function arrowOnly(): DiagramStroke[] {
  return [{ kind: 'arrow', x1: 10, y1: 10, x2: 20, y2: 10 }];
}

describe('the figure kit', () => {
  it('reads headings the way they are drawn: 0 down, 90 forward, 180 up', () => {
    expect(heading(0).y).toBeCloseTo(1);
    expect(heading(90).x).toBeCloseTo(1);
    expect(heading(180).y).toBeCloseTo(-1);
    expect(heading(-90).x).toBeCloseTo(-1);
  });

  it('winds limbs, heads and torsos the same way, so overlapping pieces of one limb fill instead of cutting holes', () => {
    expect(turning(vertices(capsulePath({ x: 10, y: 10 }, 5, { x: 40, y: 30 }, 3)))).toBeGreaterThan(0);
    expect(turning(vertices(capsulePath({ x: 40, y: 30 }, 3, { x: 10, y: 10 }, 5)))).toBeGreaterThan(0);
    expect(circlePath({ x: 20, y: 20 }, 5)).toMatch(/^M15 20 A5 5 0 1 1 25 20 A5 5 0 1 1 15 20 Z$/);
    const anticlockwise = [
      { x: 0, y: 0 },
      { x: 0, y: 10 },
      { x: 10, y: 10 },
      { x: 10, y: 0 },
    ];
    expect(turning(vertices(smoothClosedPath(anticlockwise)))).toBeGreaterThan(0);
  });

  it('sets a figure down so its lowest point rests on the floor', () => {
    const drawing = figureDiagram({ pose: standing, props: () => [floor()], arrows: arrowOnly });
    const lowest = Math.max(...bodyShapes(drawing.strokes).flatMap(vertices).map(([, y]) => y));
    expect(lowest).toBeGreaterThan(floorY - 1);
    expect(lowest).toBeLessThanOrEqual(floorY + 0.1);
  });

  it('draws the start position as one ghost of only the parts that move', () => {
    const still = figureDiagram({ pose: standing, start: standing, arrows: arrowOnly });
    expect(still.strokes.some((stroke) => stroke.kind === 'shape' && stroke.tone === 'ghost')).toBe(false);
    const raised = figureDiagram({ pose: { ...standing, nearArm: { upper: 170, lower: 175 } }, start: standing, arrows: arrowOnly });
    const ghosts = raised.strokes.filter((stroke) => stroke.kind === 'shape' && stroke.tone === 'ghost');
    expect(ghosts).toHaveLength(1);
    const ghost = ghosts[0];
    // Upper arm, forearm and hand: three pieces, none of the torso, head or legs.
    expect(ghost?.kind === 'shape' && ghost.d.match(/M/g)?.length).toBe(3);
    expect(raised.strokes.indexOf(ghost as DiagramStroke)).toBeLessThan(raised.strokes.findIndex((stroke) => stroke.kind === 'shape' && stroke.tone === 'body'));
  });

  it('draws the far-side limbs grey in a side view and every limb dark when facing the reader', () => {
    const side = figureDiagram({ pose: standing, arrows: arrowOnly });
    expect(side.strokes.filter((stroke) => stroke.kind === 'shape' && stroke.tone === 'far')).toHaveLength(2);
    const front = figureDiagram({ pose: { ...standing, view: 'front' }, arrows: arrowOnly });
    expect(front.strokes.filter((stroke) => stroke.kind === 'shape' && stroke.tone === 'far')).toHaveLength(0);
  });

  it('makes a smaller figure when a pose needs the room', () => {
    const height = (pose: Pose) => {
      const ys = bodyShapes(figureDiagram({ pose, arrows: arrowOnly }).strokes).flatMap(vertices).map(([, y]) => y);
      return Math.max(...ys) - Math.min(...ys);
    };
    expect(height({ ...standing, scale: 0.8 }) / height(standing)).toBeCloseTo(0.8, 1);
  });

  it('bows a turning arrow away from the joint it turns about', () => {
    const arrow = turnArrow({ x: 60, y: 60 }, 20, 170, 220);
    if (arrow.kind !== 'arrow') throw new Error('expected an arrow');
    const length = Math.hypot(arrow.x2 - arrow.x1, arrow.y2 - arrow.y1);
    const control = {
      x: (arrow.x1 + arrow.x2) / 2 + ((arrow.y2 - arrow.y1) / length) * (arrow.bend ?? 0),
      y: (arrow.y1 + arrow.y2) / 2 - ((arrow.x2 - arrow.x1) / length) * (arrow.bend ?? 0),
    };
    const chordMiddle = { x: (arrow.x1 + arrow.x2) / 2, y: (arrow.y1 + arrow.y2) / 2 };
    expect(Math.hypot(control.x - 60, control.y - 60)).toBeGreaterThan(Math.hypot(chordMiddle.x - 60, chordMiddle.y - 60));
  });

  it('draws the same picture every time', async () => {
    const first = await import('../../../../shared/handout/content/stretch-diagrams');
    vi.resetModules();
    const again = await import('../../../../shared/handout/content/stretch-diagrams');
    expect(again).not.toBe(first);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });
});

import type { DiagramStroke } from '../content/stretch';
import { along, type Point } from './geometry';

/** A straight (or gently bowed) arrow for a slide or a lift. `bend` bows it to its left. */
export function moveArrow(from: Point, to: Point, bend = 0): DiagramStroke {
  return { kind: 'arrow', x1: from.x, y1: from.y, x2: to.x, y2: to.y, bend };
}

/**
 * A curved arrow for a turn about a joint: around `pivot` at `radius`, from one heading to another
 * (headings as in `heading`). A quadratic curve holds a circle's arc closely up to about 100 degrees.
 */
export function turnArrow(pivot: Point, radius: number, fromHeading: number, toHeading: number): DiagramStroke {
  const from = along(pivot, fromHeading, radius);
  const to = along(pivot, toHeading, radius);
  const half = ((toHeading - fromHeading) * Math.PI) / 360;
  const sagitta = radius * (1 - Math.cos(half));
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const left = { x: (to.y - from.y) / length, y: -(to.x - from.x) / length };
  const middle = along(pivot, (fromHeading + toHeading) / 2, radius);
  const outward = (middle.x - (from.x + to.x) / 2) * left.x + (middle.y - (from.y + to.y) / 2) * left.y;
  return moveArrow(from, to, Math.sign(outward) * 2 * sagitta);
}

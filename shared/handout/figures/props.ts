import type { DiagramStroke } from '../content/stretch';
import { capsulePath, roundedRectPath, type Point } from './geometry';

// Furniture and floor for the figures, all in viewBox units (the picture is 120 by 120).

export const floorY = 108;

function shape(d: string, tone: 'prop' | 'ink'): DiagramStroke {
  return { kind: 'shape', d, tone };
}

/** A firm line the figure stands, sits or lies on. */
export function floor(y = floorY, from = 4, to = 116): DiagramStroke {
  return shape(roundedRectPath(from, y, to - from, 2, 1), 'ink');
}

/** An exercise mat lying on the floor; its top is at floorY - 3. */
export function mat(from: number, to: number): DiagramStroke {
  return shape(roundedRectPath(from, floorY - 3, to - from, 3, 1.5), 'prop');
}

/** A plain kitchen chair seen from the side, its back on the left; the seat's top is at seatY. */
export function chair(seatFrontX: number, seatY: number, depth = 22): DiagramStroke[] {
  const backX = seatFrontX - depth;
  return [
    shape(roundedRectPath(backX - 3, seatY - 32, 3.4, floorY - (seatY - 32), 1.2), 'prop'),
    shape(roundedRectPath(seatFrontX - 3, seatY, 3, floorY - seatY, 1), 'prop'),
    shape(roundedRectPath(backX - 3, seatY, depth + 4, 3.6, 1.4), 'prop'),
  ];
}

/** A wall seen edge on, from the top of the picture to the floor. */
export function wall(x: number, thickness = 6): DiagramStroke {
  return shape(roundedRectPath(x, 4, thickness, floorY - 4, 0.8), 'prop');
}

/** A door frame seen from the side: a post with a lintel above the figure's head. */
export function doorFrame(x: number): DiagramStroke[] {
  return [shape(roundedRectPath(x, 8, 5, floorY - 8, 0.8), 'prop'), shape(roundedRectPath(x - 12, 4, 29, 5, 1), 'prop')];
}

/** A folded cushion or pillow under a knee or a head. */
export function cushion(x: number, width: number, height: number, bottomY = floorY): DiagramStroke {
  return shape(roundedRectPath(x, bottomY - height, width, height, height / 2), 'prop');
}

/** A towel or strap pulled taut through the points, drawn over the figure. */
export function towel(points: readonly Point[]): DiagramStroke {
  const pieces: string[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    pieces.push(capsulePath(points[i] as Point, 1.1, points[i + 1] as Point, 1.1));
  }
  return shape(pieces.join(' '), 'ink');
}

/** The seat of a steady stool or chair seen from the front (used with front views). */
export function stool(centreX: number, seatY: number, width = 34): DiagramStroke[] {
  const left = centreX - width / 2;
  return [
    shape(roundedRectPath(left + 2, seatY, 3, floorY - seatY, 1), 'prop'),
    shape(roundedRectPath(left + width - 5, seatY, 3, floorY - seatY, 1), 'prop'),
    shape(roundedRectPath(left, seatY, width, 4, 1.5), 'prop'),
  ];
}

/** A chair back to hold for balance, seen from the side. */
export function chairBack(x: number, topY: number): DiagramStroke[] {
  return [
    shape(roundedRectPath(x, topY, 3.4, floorY - topY, 1.2), 'prop'),
    shape(roundedRectPath(x - 18, topY + 30, 21.4, 3.6, 1.4), 'prop'),
    shape(roundedRectPath(x - 18, topY + 33, 3, floorY - topY - 33, 1), 'prop'),
  ];
}

// Reads figure path data the way a printer draws it: points traced along each closed piece of a path.
import { svgPathProperties } from 'svg-path-properties';
import svgpath from 'svgpath';
import type { DiagramStroke, DiagramTone } from '../../../../shared/handout/content/stretch';

export interface Xy {
  x: number;
  y: number;
}

export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The closed pieces of a path, one per move command. */
export function pieces(d: string): string[] {
  return d
    .split(/(?=M)/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
}

/** svgpath's parsed path; its own types leave out the parse error and the segments. */
type Parsed = ReturnType<typeof svgpath> & { err: string; segments: Array<[string, ...number[]]> };

function parse(d: string): Parsed {
  const parsed = svgpath(d) as Parsed;
  if (parsed.err) throw new Error(`Unreadable path data: ${parsed.err}`);
  return parsed;
}

/**
 * One piece as a tracer can measure it: arcs turned into curves, with a radius too short for its ends
 * grown to fit, as a printer does. Refuses data a printer could not draw.
 */
function measured(piece: string): InstanceType<typeof svgPathProperties> {
  return new svgPathProperties(parse(piece).abs().unarc().toString());
}

/** Points about every `step` units along one piece, in drawing order. */
export function tracePiece(piece: string, step = 0.4): Xy[] {
  const path = measured(piece);
  const length = path.getTotalLength();
  const count = Math.max(12, Math.ceil(length / step));
  return Array.from({ length: count }, (_, i) => {
    const { x, y } = path.getPointAtLength((length * i) / count);
    return { x, y };
  });
}

/** Points along every piece of a path. */
export function trace(d: string, step = 0.4): Xy[] {
  return pieces(d).flatMap((piece) => tracePiece(piece, step));
}

export function pathLength(d: string): number {
  return pieces(d).reduce((sum, piece) => sum + measured(piece).getTotalLength(), 0);
}

export function boxOf(points: readonly Xy[]): Box {
  return {
    minX: Math.min(...points.map((p) => p.x)),
    maxX: Math.max(...points.map((p) => p.x)),
    minY: Math.min(...points.map((p) => p.y)),
    maxY: Math.max(...points.map((p) => p.y)),
  };
}

export function gap(a: Xy, b: Xy): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** Twice the signed area a traced outline encloses: positive when it runs clockwise on the page. */
export function turning(points: readonly Xy[]): number {
  return points.reduce((sum, p, i) => {
    const q = points[(i + 1) % points.length] as Xy;
    return sum + p.x * q.y - q.x * p.y;
  }, 0);
}

/** Whether a point lies inside a traced outline (even-odd ray cast). */
export function inside(point: Xy, outline: readonly Xy[]): boolean {
  let crossings = 0;
  outline.forEach((p, i) => {
    const q = outline[(i + 1) % outline.length] as Xy;
    if (p.y > point.y !== q.y > point.y && point.x < p.x + ((point.y - p.y) * (q.x - p.x)) / (q.y - p.y)) crossings += 1;
  });
  return crossings % 2 === 1;
}

export function shapesOf(strokes: readonly DiagramStroke[], tone: DiagramTone): string[] {
  return strokes.flatMap((stroke) => (stroke.kind === 'shape' && stroke.tone === tone ? [stroke.d] : []));
}

/** The farthest any point of `points` lies from its nearest point in `others`. */
export function farthestMiss(points: readonly Xy[], others: readonly Xy[]): number {
  return Math.max(...points.map((p) => Math.min(...others.map((q) => gap(p, q)))));
}

/** Whether a traced outline crosses itself anywhere (segments that do not share an end). */
export function crossesItself(outline: readonly Xy[]): boolean {
  const n = outline.length;
  const side = (a: Xy, b: Xy, c: Xy) => Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
  for (let i = 0; i < n; i += 1) {
    const a = outline[i] as Xy;
    const b = outline[(i + 1) % n] as Xy;
    for (let j = i + 2; j < n; j += 1) {
      if ((j + 1) % n === i) continue;
      const c = outline[j] as Xy;
      const d = outline[(j + 1) % n] as Xy;
      if (side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0) return true;
    }
  }
  return false;
}

/** The path's commands with absolute numbers, as [letter, ...numbers]. */
export function commands(d: string): Array<[string, ...number[]]> {
  return (parse(d).abs() as Parsed).segments;
}

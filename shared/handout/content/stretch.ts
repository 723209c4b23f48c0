import type { RegionId } from '../../body/regions';
import { escapeHtml } from './escape-xml';

export const diagramViewBox = '0 0 120 120';

/** Drawing primitives in viewBox units. An arrow points at (x2, y2); `bend` curves it to its left. */
export type DiagramStroke =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number }
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'path'; d: string }
  | { kind: 'arrow'; x1: number; y1: number; x2: number; y2: number; bend?: number };

/** A line drawing of the pose, kept as plain numbers so it renders to SVG without any markup from data. */
export interface StretchDiagram {
  viewBox: typeof diagramViewBox;
  strokes: readonly DiagramStroke[];
}

/** What a client reads about a stretch; it differs by language. */
export interface StretchWords {
  name: string;
  steps: readonly string[];
  caution?: string;
}

export interface Stretch extends StretchWords {
  id: string;
  /** The first region is the one the stretch mainly works. */
  regions: readonly RegionId[];
  holdSeconds: number;
  repetitions: number;
  /** Done once on each side (the repetitions count per side). */
  perSide: boolean;
  diagram: StretchDiagram;
}

/** SVG path commands and numbers only: no letters that could form markup or references. */
const pathDataPattern = /^[MmLlHhVvCcSsQqTtAaZz0-9.,\s-]*$/;

const arrowHeadLength = 6;
const arrowHeadSpread = Math.PI / 6;

function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error('Stretch diagram coordinates must be finite numbers');
  return String(Math.round(value * 10) / 10);
}

function point(x: number, y: number): string {
  return `${num(x)} ${num(y)}`;
}

function arrowSvg(x1: number, y1: number, x2: number, y2: number, bend: number): string {
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const controlX = (x1 + x2) / 2 + ((y2 - y1) / length) * bend;
  const controlY = (y1 + y2) / 2 - ((x2 - x1) / length) * bend;
  const heading = Math.atan2(y2 - controlY, x2 - controlX);
  const barb = (angle: number): string =>
    point(x2 - arrowHeadLength * Math.cos(angle), y2 - arrowHeadLength * Math.sin(angle));
  const shaft =
    bend === 0
      ? `M${point(x1, y1)} L${point(x2, y2)}`
      : `M${point(x1, y1)} Q${point(controlX, controlY)} ${point(x2, y2)}`;
  const head = `M${barb(heading + arrowHeadSpread)} L${point(x2, y2)} L${barb(heading - arrowHeadSpread)}`;
  return `<path stroke-width="2" d="${shaft}"/><path stroke-width="2" d="${head}"/>`;
}

function strokeSvg(stroke: DiagramStroke): string {
  switch (stroke.kind) {
    case 'line':
      return `<line x1="${num(stroke.x1)}" y1="${num(stroke.y1)}" x2="${num(stroke.x2)}" y2="${num(stroke.y2)}"/>`;
    case 'circle':
      return `<circle cx="${num(stroke.cx)}" cy="${num(stroke.cy)}" r="${num(stroke.r)}"/>`;
    case 'path':
      if (!pathDataPattern.test(stroke.d)) {
        throw new Error('Stretch diagram path data may hold only path commands and numbers');
      }
      return `<path d="${stroke.d}"/>`;
    case 'arrow':
      return arrowSvg(stroke.x1, stroke.y1, stroke.x2, stroke.y2, stroke.bend ?? 0);
  }
}

/** A standalone SVG document; it takes its colour from the surrounding text (currentColor). */
export function stretchDiagramSvg(diagram: StretchDiagram, title: string): string {
  const label = escapeHtml(title);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${diagram.viewBox}" role="img" aria-label="${label}">` +
    `<title>${label}</title>` +
    `<g fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">` +
    diagram.strokes.map(strokeSvg).join('') +
    `</g></svg>`
  );
}

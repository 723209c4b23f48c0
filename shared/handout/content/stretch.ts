import type { RegionId } from '../../body/regions';
import { escapeHtml } from './escape-xml';

export const diagramViewBox = '0 0 120 120';

/**
 * How a filled shape prints, in black and white: the body solid dark, the far-side limbs grey,
 * the starting position a light ghost with a dashed edge, furniture light with a dark edge,
 * ink for the floor and thin things such as a towel, and paper for an opening such as an open mouth.
 */
export const diagramTones = ['body', 'far', 'ghost', 'prop', 'ink', 'paper'] as const;
export type DiagramTone = (typeof diagramTones)[number];

/**
 * Drawing primitives in viewBox units. An arrow points at (x2, y2); `bend` curves it to its left.
 * Lines, circles and paths are outlines (older handouts keep theirs); shapes are filled.
 */
export type DiagramStroke =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number }
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'path'; d: string }
  | { kind: 'shape'; d: string; tone: DiagramTone }
  | { kind: 'arrow'; x1: number; y1: number; x2: number; y2: number; bend?: number };

/** A drawing of the pose, kept as plain numbers so it renders to SVG without any markup from data. */
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

const arrowHeadLength = 8;
const arrowHeadSpread = Math.PI / 6.5;

// paint-order="stroke" keeps an edge only outside the fill: a white rim parts a limb from the body behind it.
const toneAttributes: Readonly<Record<DiagramTone, string>> = {
  body: 'fill="#1a1a1a" stroke="#ffffff" stroke-width="1.8"',
  far: 'fill="#8f8f8f" stroke="#ffffff" stroke-width="1.8"',
  ghost: 'fill="#f2f2f2" stroke="#555555" stroke-width="1.6" stroke-dasharray="2.4 1.8"',
  prop: 'fill="#e4e4e4" stroke="#333333" stroke-width="1.2"',
  ink: 'fill="#1a1a1a" stroke="none"',
  paper: 'fill="#ffffff" stroke="none"',
};

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
  // The shaft stops inside the head so its round end cannot poke past the point.
  const endX = x2 - arrowHeadLength * 0.6 * Math.cos(heading);
  const endY = y2 - arrowHeadLength * 0.6 * Math.sin(heading);
  const shaft =
    bend === 0
      ? `M${point(x1, y1)} L${point(endX, endY)}`
      : `M${point(x1, y1)} Q${point(controlX, controlY)} ${point(endX, endY)}`;
  const head = `M${barb(heading + arrowHeadSpread)} L${point(x2, y2)} L${barb(heading - arrowHeadSpread)} Z`;
  // A white halo keeps the arrow readable where it crosses the dark body.
  return (
    `<g class="motion-arrow">` +
    `<path stroke="#ffffff" stroke-width="5.4" d="${shaft}"/>` +
    `<path fill="#ffffff" stroke="#ffffff" stroke-width="2.6" d="${head}"/>` +
    `<path stroke="#000000" stroke-width="2.4" d="${shaft}"/>` +
    `<path class="arrow-head" fill="#000000" stroke="#000000" stroke-width="0.8" d="${head}"/>` +
    `</g>`
  );
}

function pathData(d: string): string {
  if (!pathDataPattern.test(d)) throw new Error('Stretch diagram path data may hold only path commands and numbers');
  return d;
}

function strokeSvg(stroke: DiagramStroke): string {
  switch (stroke.kind) {
    case 'line':
      return `<line x1="${num(stroke.x1)}" y1="${num(stroke.y1)}" x2="${num(stroke.x2)}" y2="${num(stroke.y2)}"/>`;
    case 'circle':
      return `<circle cx="${num(stroke.cx)}" cy="${num(stroke.cy)}" r="${num(stroke.r)}"/>`;
    case 'path':
      return `<path d="${pathData(stroke.d)}"/>`;
    case 'shape':
      if (!diagramTones.includes(stroke.tone)) throw new Error('Stretch diagram shapes need a known tone');
      return `<path ${toneAttributes[stroke.tone]} paint-order="stroke" d="${pathData(stroke.d)}"/>`;
    case 'arrow':
      return arrowSvg(stroke.x1, stroke.y1, stroke.x2, stroke.y2, stroke.bend ?? 0);
  }
}

/**
 * A standalone SVG document titled with the stretch's name. Filled shapes and arrows print in
 * black, white and greys; older outline drawings keep taking their colour from currentColor.
 */
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

import { describe, expect, it, vi } from 'vitest';
import type { DiagramStroke, StretchDiagram } from '../../../../shared/handout/content/stretch';

// How a stretch drawing prints. The module is loaded afresh in each test: its tables of tones and
// allowed path data are set when it loads, and mutation testing can then see which test reads them.
async function render(strokes: DiagramStroke[], title = 'Stretch'): Promise<string> {
  vi.resetModules();
  const { stretchDiagramSvg } = await import('../../../../shared/handout/content/stretch');
  const diagram: StretchDiagram = { viewBox: '0 0 120 120', strokes };
  return stretchDiagramSvg(diagram, title);
}

type Point = { x: number; y: number };

function pointsOf(d: string): Point[] {
  const values = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return Array.from({ length: values.length / 2 }, (_, i) => ({ x: values[i * 2] ?? NaN, y: values[i * 2 + 1] ?? NaN }));
}

function pathWith(svg: string, attributes: string): string {
  const match = svg.match(new RegExp(`<path ${attributes} d="([^"]+)"/>`));
  if (!match?.[1]) throw new Error(`No path with ${attributes}`);
  return match[1];
}

/** The arrow's black shaft and solid head, as drawn. */
function arrowParts(svg: string) {
  return {
    haloShaft: pathWith(svg, 'stroke="#ffffff" stroke-width="5.4"'),
    haloHead: pathWith(svg, 'fill="#ffffff" stroke="#ffffff" stroke-width="2.6"'),
    shaft: pathWith(svg, 'stroke="#000000" stroke-width="2.4"'),
    head: pathWith(svg, 'class="arrow-head" fill="#000000" stroke="#000000" stroke-width="0.8"'),
  };
}

const degrees = (radians: number): number => (radians * 180) / Math.PI;

/** Opening and closing tags pair up, so the picture parses and prints. */
function wellFormed(svg: string): boolean {
  const open: string[] = [];
  for (const [tag, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) {
      if (open.pop() !== name) return false;
    } else open.push(name ?? tag);
  }
  return open.length === 0 && svg.replace(/<[^>]*>/g, '') === svg.match(/<title>([^<]*)<\/title>/)?.[1];
}

/** Lightness of a #rrggbb grey, 0 black to 255 white. */
function lightness(attributes: string, name: 'fill' | 'stroke'): number | 'none' {
  const value = attributes.match(new RegExp(`${name}="([^"]+)"`))?.[1];
  if (value === 'none') return 'none';
  return Number.parseInt(value?.slice(1, 3) ?? 'NaN', 16);
}

describe('a stretch drawing as printed', () => {
  it('is a well-formed picture with nothing but its title as text, however many strokes it has', async () => {
    const svg = await render([
      { kind: 'shape', tone: 'prop', d: 'M10 100 L110 100 L110 104 L10 104 Z' },
      { kind: 'shape', tone: 'body', d: 'M50 40 L70 40 L70 90 L50 90 Z' },
      { kind: 'arrow', x1: 20, y1: 60, x2: 40, y2: 30, bend: 6 },
      { kind: 'arrow', x1: 90, y1: 30, x2: 90, y2: 70 },
    ], 'Cat stretch');
    expect(wellFormed(svg)).toBe(true);
    expect(svg.match(/<g class="motion-arrow">/g)).toHaveLength(2);
  });

  it('keeps the lines, circles and paths of an older outline drawing', async () => {
    const svg = await render([
      { kind: 'circle', cx: 60, cy: 20, r: 7 },
      { kind: 'line', x1: 60, y1: 27, x2: 60, y2: 60 },
      { kind: 'path', d: 'M60 60 L50 100' },
    ]);
    expect(svg).toContain('<circle cx="60" cy="20" r="7"/>');
    expect(svg).toContain('<line x1="60" y1="27" x2="60" y2="60"/>');
    expect(svg).toContain('<path d="M60 60 L50 100"/>');
    expect(wellFormed(svg)).toBe(true);
  });

  it('prints each tone as a grey a reader can tell apart: dark body, grey far limbs, light ghost and furniture', async () => {
    const tones = ['body', 'far', 'ghost', 'prop', 'ink', 'paper'] as const;
    const svg = await render(tones.map((tone, i) => ({ kind: 'shape', tone, d: `M${i * 10} 0 L${i * 10 + 5} 0 L${i * 10 + 5} 5 Z` })));
    const attributes = [...svg.matchAll(/<path ([^>]*) paint-order="stroke" d="/g)].map((match) => match[1] ?? '');
    expect(attributes).toHaveLength(6);
    const [body, far, ghost, prop, ink, paper] = attributes as [string, string, string, string, string, string];
    expect(lightness(body, 'fill')).toBeLessThan(48);
    expect(lightness(far, 'fill')).toBeGreaterThan(96);
    expect(lightness(far, 'fill')).toBeLessThan(192);
    // A white rim parts a body piece from the one behind it.
    expect(lightness(body, 'stroke')).toBe(255);
    expect(lightness(far, 'stroke')).toBe(255);
    expect(lightness(ghost, 'fill')).toBeGreaterThan(224);
    expect(lightness(ghost, 'stroke')).toBeLessThan(128);
    expect(ghost).toContain('stroke-dasharray=');
    expect(lightness(prop, 'fill')).toBeGreaterThan(192);
    expect(lightness(prop, 'stroke')).toBeLessThan(128);
    expect(lightness(ink, 'fill')).toBeLessThan(48);
    expect(lightness(ink, 'stroke')).toBe('none');
    expect(lightness(paper, 'fill')).toBe(255);
    expect(lightness(paper, 'stroke')).toBe('none');
  });

  it('accepts path data of commands and numbers and refuses anything else, even a single stray letter', async () => {
    const plain = await render([{ kind: 'shape', tone: 'body', d: 'M10 10 L20.5 10 C22,12 24,14 20,20 A4 4 0 0 1 12 20 Z' }]);
    expect(plain).toContain('d="M10 10 L20.5 10 C22,12 24,14 20,20 A4 4 0 0 1 12 20 Z"');
    await expect(render([{ kind: 'path', d: 'x M10 10 L20 20' }])).rejects.toThrow(/path data/);
    await expect(render([{ kind: 'path', d: 'M10 10 L20 20 x' }])).rejects.toThrow(/path data/);
    await expect(render([{ kind: 'shape', tone: 'ink', d: 'M10 10 url(#a)' }])).rejects.toThrow(/path data/);
  });
});

describe('an arrow in a stretch drawing', () => {
  it('draws a white halo under the black shaft and head, as one arrow', async () => {
    const svg = await render([{ kind: 'arrow', x1: 20, y1: 80, x2: 60, y2: 50 }]);
    const { haloShaft, haloHead, shaft, head } = arrowParts(svg);
    expect(haloShaft).toBe(shaft);
    expect(haloHead).toBe(head);
    expect(svg.indexOf(haloShaft)).toBeLessThan(svg.lastIndexOf(shaft));
    expect(svg).toMatch(/^<svg[^>]*><title>Stretch<\/title><g [^>]*><g class="motion-arrow"><path /);
    expect(svg).toMatch(/<\/g><\/g><\/svg>$/);
  });

  it('ends its shaft inside the head, on the line from the tail to the point', async () => {
    const svg = await render([{ kind: 'arrow', x1: 20, y1: 80, x2: 60, y2: 50 }]);
    const [tail, end] = pointsOf(arrowParts(svg).shaft) as [Point, Point];
    expect(tail).toEqual({ x: 20, y: 80 });
    // 50 long; the shaft stops 4.8 short of the point, along the arrow.
    expect(end.x).toBeCloseTo(60 - 4.8 * 0.8, 1);
    expect(end.y).toBeCloseTo(50 + 4.8 * 0.6, 1);
  });

  it('has a pointed head: both barbs the same length behind the point, spread evenly about the shaft', async () => {
    const svg = await render([{ kind: 'arrow', x1: 20, y1: 80, x2: 60, y2: 50 }]);
    const [barb, point, otherBarb] = pointsOf(arrowParts(svg).head) as [Point, Point, Point];
    expect(point).toEqual({ x: 60, y: 50 });
    const back = Math.atan2(80 - 50, 20 - 60);
    for (const side of [barb, otherBarb]) expect(Math.hypot(side.x - point.x, side.y - point.y)).toBeCloseTo(8, 0);
    const spread = [barb, otherBarb].map((side) => degrees(Math.atan2(side.y - point.y, side.x - point.x) - back));
    const [one, other] = spread.map((angle) => ((angle + 540) % 360) - 180) as [number, number];
    expect(one + other).toBeCloseTo(0, 0);
    expect(Math.abs(one)).toBeGreaterThan(20);
    expect(Math.abs(one)).toBeLessThan(35);
  });

  it('bows a bent arrow to its left by the bend, and turns the head along the curve', async () => {
    const svg = await render([{ kind: 'arrow', x1: 20, y1: 80, x2: 60, y2: 50, bend: 10 }]);
    const { shaft, head } = arrowParts(svg);
    expect(shaft).toMatch(/^M20 80 Q/);
    const [, control, end] = pointsOf(shaft) as [Point, Point, Point];
    // Left of a right-and-up arrow is up and to the left of the straight line, 10 away from its middle.
    expect(control.x).toBeCloseTo(40 - 0.6 * 10, 1);
    expect(control.y).toBeCloseTo(65 - 0.8 * 10, 1);
    // The head points from the curve's last bend to the point, and the shaft stops inside it.
    const heading = Math.atan2(50 - control.y, 60 - control.x);
    expect(end.x).toBeCloseTo(60 - 4.8 * Math.cos(heading), 1);
    expect(end.y).toBeCloseTo(50 - 4.8 * Math.sin(heading), 1);
    const [barb, , otherBarb] = pointsOf(head) as [Point, Point, Point];
    const middle = { x: (barb.x + otherBarb.x) / 2, y: (barb.y + otherBarb.y) / 2 };
    expect(degrees(Math.atan2(50 - middle.y, 60 - middle.x))).toBeCloseTo(degrees(heading), 0);
  });

  it('draws an unbent arrow straight', async () => {
    const svg = await render([{ kind: 'arrow', x1: 20, y1: 80, x2: 60, y2: 50, bend: 0 }]);
    expect(arrowParts(svg).shaft).toMatch(/^M20 80 L[\d.]+ [\d.]+$/);
  });
});

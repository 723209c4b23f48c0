import { describe, expect, it } from 'vitest';
import { diagramSchema } from '../../../../shared/contract/handout-schemas';
import { escapeHtml } from '../../../../shared/handout/content/escape-xml';
import { stretchDiagramSvg, type DiagramTone, type StretchDiagram } from '../../../../shared/handout/content/stretch';
import { stretchLibrary } from '../../../../shared/handout/content/stretches';

/** The absolute points a path draws through; an arc's end counts with its radius around it. */
function pathPoints(d: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (const [, command, args] of d.matchAll(/([MLQCAZ])([^MLQCAZ]*)/g)) {
    const values = (args?.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    if (command === 'A') {
      for (let index = 0; index + 6 < values.length; index += 7) {
        const [r, , , , , x, y] = values.slice(index, index + 7) as [number, number, number, number, number, number, number];
        points.push([x - r, y - r], [x + r, y + r]);
      }
    } else {
      for (let index = 0; index + 1 < values.length; index += 2) points.push([values[index] ?? NaN, values[index + 1] ?? NaN]);
    }
  }
  return points;
}

/** Every point the rendered SVG draws, plus the circles' extremes. */
function drawnPoints(svg: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (const match of svg.matchAll(/<line x1="([^"]+)" y1="([^"]+)" x2="([^"]+)" y2="([^"]+)"/g)) {
    const [x1, y1, x2, y2] = match.slice(1).map(Number) as [number, number, number, number];
    points.push([x1, y1], [x2, y2]);
  }
  for (const match of svg.matchAll(/<circle cx="([^"]+)" cy="([^"]+)" r="([^"]+)"/g)) {
    const [cx, cy, r] = match.slice(1).map(Number) as [number, number, number];
    points.push([cx - r, cy - r], [cx + r, cy + r]);
  }
  for (const match of svg.matchAll(/ d="([^"]+)"/g)) points.push(...pathPoints(match[1] ?? ''));
  return points;
}

function shapes(diagram: StretchDiagram, tone: DiagramTone) {
  return diagram.strokes.filter((stroke) => stroke.kind === 'shape' && stroke.tone === tone);
}

/** Width and height of the smallest box around a closed shape. */
function extent(d: string): { width: number; height: number } {
  const xs = pathPoints(d).map(([x]) => x);
  const ys = pathPoints(d).map(([, y]) => y);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

describe('stretch drawings', () => {
  it('give every stretch a drawing of its own', () => {
    expect(stretchLibrary.length).toBeGreaterThanOrEqual(31);
    for (const stretch of stretchLibrary) expect(stretch.diagram.strokes.length, stretch.id).toBeGreaterThan(0);
    const rendered = new Set(stretchLibrary.map((stretch) => JSON.stringify(stretch.diagram.strokes)));
    expect(rendered.size).toBe(stretchLibrary.length);
  });

  it('draw every point inside the picture, clear of the edge by half a stroke', () => {
    for (const stretch of stretchLibrary) {
      const box = stretch.diagram.viewBox.split(' ').map(Number);
      const [minX, minY, width, height] = box as [number, number, number, number];
      const points = drawnPoints(stretchDiagramSvg(stretch.diagram, stretch.name));
      expect(points.length, stretch.id).toBeGreaterThan(0);
      for (const [x, y] of points) {
        expect(x, stretch.id).toBeGreaterThanOrEqual(minX + 0.5);
        expect(x, stretch.id).toBeLessThanOrEqual(minX + width - 0.5);
        expect(y, stretch.id).toBeGreaterThanOrEqual(minY + 0.5);
        expect(y, stretch.id).toBeLessThanOrEqual(minY + height - 0.5);
      }
    }
  });

  it('draw a whole body of filled shapes with volume, not stick lines', () => {
    for (const stretch of stretchLibrary) {
      const body = [...shapes(stretch.diagram, 'body'), ...shapes(stretch.diagram, 'far')];
      // Torso, head, two arms and two legs at the least.
      expect(body.length, stretch.id).toBeGreaterThanOrEqual(6);
      for (const shape of body) {
        if (shape.kind !== 'shape') continue;
        expect(shape.d, stretch.id).toMatch(/Z$/);
        const { width, height } = extent(shape.d);
        expect(Math.min(width, height), stretch.id).toBeGreaterThanOrEqual(4);
      }
      expect(stretch.diagram.strokes.some((stroke) => stroke.kind === 'line' || stroke.kind === 'path'), stretch.id).toBe(false);
      const svg = stretchDiagramSvg(stretch.diagram, stretch.name);
      expect(svg, stretch.id).toMatch(/<path fill="#1a1a1a" stroke="#ffffff"[^>]* paint-order="stroke" d="M/);
    }
  });

  it('show an arrow for the direction of every stretch, with a solid head', () => {
    for (const stretch of stretchLibrary) {
      expect(stretch.diagram.strokes.some((stroke) => stroke.kind === 'arrow'), stretch.id).toBe(true);
      expect(stretchDiagramSvg(stretch.diagram, stretch.name), stretch.id).toMatch(/<path class="arrow-head" fill="#000000"/);
    }
  });

  it('label every drawing with the name of its stretch', () => {
    for (const stretch of stretchLibrary) {
      const svg = stretchDiagramSvg(stretch.diagram, stretch.name);
      expect(svg, stretch.id).toContain(`<title>${escapeHtml(stretch.name)}</title>`);
      expect(svg, stretch.id).toContain(`aria-label="${escapeHtml(stretch.name)}"`);
    }
  });

  it('print in black, white and greys only, so no meaning rests on colour', () => {
    for (const stretch of stretchLibrary) {
      const colours = stretchDiagramSvg(stretch.diagram, stretch.name).match(/#[0-9a-f]{6}/gi) ?? [];
      for (const colour of colours) {
        const [r, g, b] = [1, 3, 5].map((at) => colour.slice(at, at + 2));
        expect(r === g && g === b, `${stretch.id} ${colour}`).toBe(true);
      }
    }
  });

  it('pass the handout contract, so a printed handout keeps its drawings when saved', () => {
    for (const stretch of stretchLibrary) {
      const parsed = diagramSchema.safeParse(stretch.diagram);
      expect(parsed.success, `${stretch.id}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('keep path data to absolute move, line, curve and arc commands with numbers', () => {
    for (const stretch of stretchLibrary) {
      for (const stroke of stretch.diagram.strokes) {
        if (stroke.kind === 'shape') expect(stroke.d, stretch.id).toMatch(/^M[MLQCAZ\d\s.-]*$/);
      }
    }
  });
});

describe('rendering a diagram to SVG', () => {
  const diagram: StretchDiagram = {
    viewBox: '0 0 120 120',
    strokes: [
      { kind: 'circle', cx: 60, cy: 20, r: 7 },
      { kind: 'line', x1: 60, y1: 27, x2: 60, y2: 60 },
      { kind: 'path', d: 'M60 60 L50 100' },
      { kind: 'arrow', x1: 80, y1: 40, x2: 100, y2: 40, bend: 5 },
    ],
  };

  it('produces a standalone, labelled image that takes its colour from the page', () => {
    const svg = stretchDiagramSvg(diagram, 'Side neck tilt');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" role="img"')).toBe(true);
    expect(svg).toContain('aria-label="Side neck tilt"');
    expect(svg).toContain('<title>Side neck tilt</title>');
    expect(svg).toContain('stroke="currentColor"');
    expect(svg).toContain('fill="none"');
    expect(svg).toContain('stroke-linecap="round"');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('draws an arrow as a haloed shaft that stops inside a solid head', () => {
    const arrow: StretchDiagram = {
      viewBox: '0 0 120 120',
      strokes: [{ kind: 'arrow', x1: 10, y1: 60, x2: 50, y2: 60 }],
    };
    const svg = stretchDiagramSvg(arrow, 'Arrow');
    expect(svg).toContain('<path stroke="#000000" stroke-width="2.4" d="M10 60 L45.2 60"/>');
    expect(svg).toContain('<path stroke="#ffffff" stroke-width="5.4" d="M10 60 L45.2 60"/>');
    expect(svg).toMatch(/<path class="arrow-head" fill="#000000"[^>]* d="M42\.9 56\.3 L50 60 L42\.9 63\.7 Z"/);
  });

  it('fills a shape in its tone and keeps older outline drawings as they were', () => {
    const mixed: StretchDiagram = {
      viewBox: '0 0 120 120',
      strokes: [
        { kind: 'circle', cx: 60, cy: 20, r: 7 },
        { kind: 'shape', tone: 'ghost', d: 'M10 10 L20 10 L20 20 Z' },
        { kind: 'shape', tone: 'far', d: 'M30 10 L40 10 L40 20 Z' },
      ],
    };
    const svg = stretchDiagramSvg(mixed, 'Mixed');
    expect(svg).toContain('<circle cx="60" cy="20" r="7"/>');
    expect(svg).toContain('<path fill="#f2f2f2" stroke="#555555" stroke-width="1.6" stroke-dasharray="2.4 1.8" paint-order="stroke" d="M10 10 L20 10 L20 20 Z"/>');
    expect(svg).toContain('<path fill="#8f8f8f" stroke="#ffffff" stroke-width="1.8" paint-order="stroke" d="M30 10 L40 10 L40 20 Z"/>');
  });

  it('refuses a shape in a tone it does not know', () => {
    const odd = { viewBox: '0 0 120 120', strokes: [{ kind: 'shape', tone: 'red" onload="x', d: 'M0 0 Z' }] } as unknown as StretchDiagram;
    expect(() => stretchDiagramSvg(odd, 'x')).toThrow(/tone/);
  });

  it('escapes a title that tries to inject markup', () => {
    const svg = stretchDiagramSvg(diagram, '<img src=x onerror=alert(1)>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('<title>&lt;img src=x onerror=alert(1)&gt;</title>');
    expect(svg).toContain('aria-label="&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('escapes quotes so a title cannot break out of its attribute', () => {
    const svg = stretchDiagramSvg(diagram, `Child's "pose" & rest`);
    expect(svg).toContain('aria-label="Child&#39;s &quot;pose&quot; &amp; rest"');
  });

  it('refuses path data that carries anything but commands and numbers', () => {
    const hostile: StretchDiagram = {
      viewBox: '0 0 120 120',
      strokes: [{ kind: 'path', d: 'M0 0"/><script>alert(1)</script>' }],
    };
    expect(() => stretchDiagramSvg(hostile, 'x')).toThrow(/path data/);
    const hostileShape: StretchDiagram = {
      viewBox: '0 0 120 120',
      strokes: [{ kind: 'shape', tone: 'body', d: 'M0 0"/><script>alert(1)</script>' }],
    };
    expect(() => stretchDiagramSvg(hostileShape, 'x')).toThrow(/path data/);
  });

  it('refuses coordinates that are not finite numbers', () => {
    const broken: StretchDiagram = {
      viewBox: '0 0 120 120',
      strokes: [{ kind: 'circle', cx: Number.NaN, cy: 0, r: 1 }],
    };
    expect(() => stretchDiagramSvg(broken, 'x')).toThrow(/finite/);
  });
});

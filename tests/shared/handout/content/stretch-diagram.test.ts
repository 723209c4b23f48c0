import { describe, expect, it } from 'vitest';
import { stretchDiagramSvg, type StretchDiagram } from '../../../../shared/handout/content/stretch';
import { stretchLibrary } from '../../../../shared/handout/content/stretches';

/** Every x,y point the rendered SVG draws, plus the circles' extremes. */
function drawnPoints(svg: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  const numbers = (text: string): number[] => (text.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  for (const match of svg.matchAll(/<line x1="([^"]+)" y1="([^"]+)" x2="([^"]+)" y2="([^"]+)"/g)) {
    const [x1, y1, x2, y2] = match.slice(1).map(Number) as [number, number, number, number];
    points.push([x1, y1], [x2, y2]);
  }
  for (const match of svg.matchAll(/<circle cx="([^"]+)" cy="([^"]+)" r="([^"]+)"/g)) {
    const [cx, cy, r] = match.slice(1).map(Number) as [number, number, number];
    points.push([cx - r, cy - r], [cx + r, cy + r]);
  }
  for (const match of svg.matchAll(/ d="([^"]+)"/g)) {
    const values = numbers(match[1] ?? '');
    for (let index = 0; index + 1 < values.length; index += 2) {
      points.push([values[index] ?? NaN, values[index + 1] ?? NaN]);
    }
  }
  return points;
}

describe('stretch diagrams', () => {
  it('draw every point inside the picture, clear of the edge by half a stroke', () => {
    for (const stretch of stretchLibrary) {
      const box = stretch.diagram.viewBox.split(' ').map(Number);
      const [minX, minY, width, height] = box as [number, number, number, number];
      const points = drawnPoints(stretchDiagramSvg(stretch.diagram, stretch.name));
      expect(points.length, stretch.id).toBeGreaterThan(0);
      for (const [x, y] of points) {
        expect(x, stretch.id).toBeGreaterThanOrEqual(minX + 1.5);
        expect(x, stretch.id).toBeLessThanOrEqual(minX + width - 1.5);
        expect(y, stretch.id).toBeGreaterThanOrEqual(minY + 1.5);
        expect(y, stretch.id).toBeLessThanOrEqual(minY + height - 1.5);
      }
    }
  });

  it('keep path data to absolute move, line and curve commands with numbers', () => {
    for (const stretch of stretchLibrary) {
      for (const stroke of stretch.diagram.strokes) {
        if (stroke.kind === 'path') expect(stroke.d, stretch.id).toMatch(/^M[MLQCZ\d\s.-]*$/);
      }
    }
  });

  it('show an arrow for the direction of every stretch', () => {
    for (const stretch of stretchLibrary) {
      expect(stretch.diagram.strokes.some((stroke) => stroke.kind === 'arrow'), stretch.id).toBe(true);
    }
  });

  it('give every stretch a drawing of its own', () => {
    expect(new Set(stretchLibrary.map((stretch) => stretch.diagram)).size).toBe(stretchLibrary.length);
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

  it('draws an arrow as a shaft and a head', () => {
    const arrow: StretchDiagram = {
      viewBox: '0 0 120 120',
      strokes: [{ kind: 'arrow', x1: 10, y1: 60, x2: 50, y2: 60 }],
    };
    const svg = stretchDiagramSvg(arrow, 'Arrow');
    expect(svg).toContain('d="M10 60 L50 60"');
    expect(svg).toMatch(/d="M44\.8 57 L50 60 L44\.8 63"/);
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
  });

  it('refuses coordinates that are not finite numbers', () => {
    const broken: StretchDiagram = {
      viewBox: '0 0 120 120',
      strokes: [{ kind: 'circle', cx: Number.NaN, cy: 0, r: 1 }],
    };
    expect(() => stretchDiagramSvg(broken, 'x')).toThrow(/finite/);
  });
});

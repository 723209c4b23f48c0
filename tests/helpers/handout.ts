import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HandoutSource } from '../../shared/handout/source';

/** A typical wrap-up: neck, shoulders and lower back, firm work, a chronic plan. */
export function sampleSource(overrides: Partial<HandoutSource> = {}): HandoutSource {
  return {
    language: 'en',
    clientName: 'Maria Okafor',
    date: '2026-11-22',
    therapist: 'Sam Lee',
    clinic: { name: 'Stillwater Bodywork', contact: '12 Elm Street · 555 0100' },
    areasWorked: [
      { region: 'neck', techniques: ['petrissage', 'trigger-point'], pressure: 7, response: 'just-right' },
      { region: 'shoulders', techniques: ['myofascial-release'], pressure: 5 },
      { region: 'lower-back', techniques: ['deep-tissue'], pressure: 9, response: 'less' },
    ],
    handsOnMinutes: 42,
    painBefore: 7,
    painAfter: 3,
    cautions: [],
    deepWork: true,
    followUpPlan: 'chronic',
    nextAppointment: '2026-11-29T14:30',
    note: 'Try to take a short walk at lunch each day this week.',
    ...overrides,
  };
}

/** The text of a PDF, read back with poppler's pdftotext. */
export function pdfText(file: string, layout = false): string {
  const result = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout;
}

/** pdfinfo's fields (Pages, Page size, ...). */
export function pdfInfo(file: string): Record<string, string> {
  const result = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdfinfo failed: ${result.stderr}`);
  return Object.fromEntries(
    result.stdout
      .split('\n')
      .map((line) => line.match(/^([^:]+):\s*(.*)$/))
      .filter((match): match is RegExpMatchArray => match !== null)
      .map((match) => [match[1]!.trim(), match[2]!.trim()]),
  );
}

/** Page width and height in points, from pdfinfo's "Page size". */
export function pageSizePt(file: string): { width: number; height: number } {
  const match = pdfInfo(file)['Page size']?.match(/([\d.]+) x ([\d.]+) pts/);
  if (!match) throw new Error('pdfinfo reported no page size');
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** Pdftotext -bbox gives each word's box; the median word height tracks the type size. */
export function medianWordHeight(file: string): number {
  const result = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const heights = [...result.stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)]
    .map((match) => Number(match[4]) - Number(match[2]))
    .sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 0;
}

/** Text with runs of whitespace made single spaces, so line wraps do not matter. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * How much of each page, between the top and bottom margins, is left blank
 * below the last printed line (0 to 1). Poppler draws each page as a
 * greyscale PGM, whose pixels follow a three-line text header.
 */
export function blankBelowContent(file: string, marginMm: number): number[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'stillpoint-pages-'));
  const dpi = 30;
  const result = spawnSync('pdftoppm', ['-gray', '-r', String(dpi), file, path.join(dir, 'page')], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr}`);
  const margin = Math.round((marginMm / 25.4) * dpi);
  const blank = readdirSync(dir)
    .filter((name) => name.endsWith('.pgm'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name));
      const header = bytes.subarray(0, 40).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
      if (!header?.[1] || !header[2]) throw new Error(`${name} is not an 8-bit PGM`);
      const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
      let lastInk = margin;
      for (let row = 0; row < height; row += 1) {
        const line = bytes.subarray(offset + row * width, offset + (row + 1) * width);
        if (line.some((value) => value < 200)) lastInk = row;
      }
      return Math.max(0, height - margin - lastInk) / (height - 2 * margin);
    });
  rmSync(dir, { recursive: true, force: true });
  return blank;
}

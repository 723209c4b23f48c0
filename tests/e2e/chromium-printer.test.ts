import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../electron/browser-mode/chromium-printer';
import { composeHandout } from '../../shared/handout/compose';
import { renderHandoutHtml } from '../../shared/handout/render-html';
import { defaultTemplate } from '../../shared/handout/template';
import { artifactsDir } from './harness';
import { medianWordHeight, pageSizePt, pdfInfo, pdfText, sampleSource, squash } from '../helpers/handout';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const printer = createChromiumPrinter();
afterAll(() => printer.close());

async function printed(html: string, paper: 'a4' | 'letter'): Promise<string> {
  const file = path.join(tempDir(), 'handout.pdf');
  writeFileSync(file, await printer.toPdf(html, { paper }));
  return file;
}

describe('the browser-mode printer (headless Chromium)', () => {
  const doc = composeHandout(sampleSource(), defaultTemplate);

  it('prints the default handout on A4 in one or two pages, with its words intact', async () => {
    const file = await printed(renderHandoutHtml(doc, { paper: 'a4', largePrint: false }), 'a4');
    mkdirSync(artifactsDir, { recursive: true });
    writeFileSync(path.join(artifactsDir, 'handout-sample-a4.pdf'), readFileSync(file));
    spawnSync('pdftoppm', ['-png', '-r', '60', file, path.join(artifactsDir, 'handout-sample-a4')]);
    const size = pageSizePt(file);
    expect(size.width).toBeCloseTo(595.3, 0);
    expect(size.height).toBeCloseTo(841.9, 0);
    const pages = Number(pdfInfo(file).Pages);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const text = squash(pdfText(file));
    expect(text).toContain('Aftercare for Maria Okafor');
    expect(text).toContain('When to call a doctor');

  });

  it('prints on US Letter when asked, still in one or two pages', async () => {
    const file = await printed(renderHandoutHtml(doc, { paper: 'letter', largePrint: false }), 'letter');
    const size = pageSizePt(file);
    expect(size.width).toBeCloseTo(612, 0);
    expect(size.height).toBeCloseTo(792, 0);
    expect(Number(pdfInfo(file).Pages)).toBeLessThanOrEqual(2);
  });

  it('large print sets bigger type', async () => {
    const normal = await printed(renderHandoutHtml(doc, { paper: 'a4', largePrint: false }), 'a4');
    const large = await printed(renderHandoutHtml(doc, { paper: 'a4', largePrint: true }), 'a4');
    expect(medianWordHeight(large)).toBeGreaterThan(medianWordHeight(normal) * 1.3);
    expect(Number(pdfInfo(large).Pages)).toBeGreaterThan(Number(pdfInfo(normal).Pages));
  });

  it('wraps a very long name and note inside the page margins', async () => {
    const longName = `Maximiliana${'Bartholomew'.repeat(17)}`;
    const long = composeHandout(sampleSource({ clientName: longName, note: `${'Unbroken'.repeat(60)} ${'a long note that goes on '.repeat(30)}` }), defaultTemplate);
    const file = await printed(renderHandoutHtml(long, { paper: 'a4', largePrint: false }), 'a4');
    const bbox = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).stdout;
    const rightEdges = [...bbox.matchAll(/xMax="([\d.]+)"/g)].map((match) => Number(match[1]));
    const marginPt = (12 / 25.4) * 72;
    expect(Math.max(...rightEdges)).toBeLessThanOrEqual(595.3 - marginPt + 1);
    expect(squash(pdfText(file)).replace(/ /g, '')).toContain(longName);
  });

  it('runs no script and fetches nothing, even for a page that asks to', async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests += 1;
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    try {
      const html = `<!doctype html><body><p id="t">static</p><img src="http://127.0.0.1:${port}/logo.png"><link rel="stylesheet" href="http://127.0.0.1:${port}/a.css"><script>document.body.textContent = 'script ran'</script></body>`;
      const file = await printed(html, 'a4');
      expect(squash(pdfText(file)).trim()).toBe('static');
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });
});

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeHandout, handoutStretch } from '../../shared/handout/compose';
import { stretchLibrary } from '../../shared/handout/content/stretches';
import type { HandoutDocument, PrintOptions } from '../../shared/handout/document';
import { PAGE_MARGIN_MM, pageSizes, renderHandoutHtml } from '../../shared/handout/render-html';
import { defaultTemplate } from '../../shared/handout/template';
import { sampleSource } from '../helpers/handout';
import { artifactsDir, launchBrowser } from './harness';

const MIN_WIDTH_MM = 35;
const PX_PER_MM = 96 / 25.4;

/** The default handout, with every stretch in the library in its stretches section. */
function handoutWithEveryStretch(): HandoutDocument {
  const doc = composeHandout(sampleSource(), defaultTemplate);
  const section = doc.sections.find((each) => each.id === 'stretches');
  if (!section) throw new Error('The default handout has no stretches section');
  section.stretches = stretchLibrary.map((stretch) => handoutStretch({ ...stretch, custom: false }));
  return doc;
}

interface Drawn {
  alt: string;
  widthMm: number;
  heightMm: number;
  decoded: boolean;
  wellFormed: boolean;
  title: string;
  filledShapes: number;
  arrowHeads: number;
}

let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Lays the handout out as the printer does (print media, the page's printable width) and reads every drawing. */
async function drawingsAsPrinted(options: PrintOptions): Promise<Drawn[]> {
  const { page } = browser;
  const printableWidthMm = pageSizes[options.paper].widthMm - 2 * PAGE_MARGIN_MM;
  await page.setViewportSize({ width: Math.floor(printableWidthMm * PX_PER_MM), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.setContent(renderHandoutHtml(handoutWithEveryStretch(), options));
  const drawings = page.locator('img.stretch__diagram');
  await expect.poll(() => drawings.count()).toBe(stretchLibrary.length);
  await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
  // A picture of every drawing as laid out for print, for a person to look over after a run.
  mkdirSync(artifactsDir, { recursive: true });
  const name = `stretch-drawings-${options.paper}${options.largePrint ? '-large' : ''}.png`;
  await page.screenshot({ path: path.join(artifactsDir, name), fullPage: true });
  return drawings.evaluateAll((images, pxPerMm) =>
    (images as HTMLImageElement[]).map((image) => {
      const box = image.getBoundingClientRect();
      const source = decodeURIComponent(image.src.slice(image.src.indexOf(',') + 1));
      const svg = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        alt: image.alt,
        widthMm: box.width / pxPerMm,
        heightMm: box.height / pxPerMm,
        decoded: image.naturalWidth > 0,
        wellFormed: svg.getElementsByTagName('parsererror').length === 0 && svg.documentElement.localName === 'svg',
        title: svg.querySelector('svg > title')?.textContent ?? '',
        filledShapes: svg.querySelectorAll('path[paint-order="stroke"][fill="#1a1a1a"]').length,
        arrowHeads: svg.querySelectorAll('path.arrow-head').length,
      };
    }), PX_PER_MM);
}

describe('stretch drawings in a printed handout', () => {
  for (const options of [
    { paper: 'a4', largePrint: false },
    { paper: 'letter', largePrint: false },
    { paper: 'a4', largePrint: true },
  ] as const) {
    it(`print every drawing at least ${MIN_WIDTH_MM} mm wide as a well-formed, titled SVG (${options.paper}${options.largePrint ? ', large print' : ''})`, async () => {
      const drawn = await drawingsAsPrinted(options);
      expect(drawn.map((each) => each.title)).toEqual(stretchLibrary.map((stretch) => stretch.name));
      for (const drawing of drawn) {
        expect(drawing.wellFormed, drawing.alt).toBe(true);
        expect(drawing.decoded, drawing.alt).toBe(true);
        expect(drawing.widthMm, drawing.alt).toBeGreaterThanOrEqual(MIN_WIDTH_MM);
        expect(drawing.heightMm, drawing.alt).toBeCloseTo(drawing.widthMm, 1);
        expect(drawing.filledShapes, drawing.alt).toBeGreaterThanOrEqual(4);
        expect(drawing.arrowHeads, drawing.alt).toBeGreaterThanOrEqual(1);
      }
    });
  }
});

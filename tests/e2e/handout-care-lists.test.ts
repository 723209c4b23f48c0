import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeHandout } from '../../shared/handout/compose';
import type { PrintOptions } from '../../shared/handout/document';
import { PAGE_MARGIN_MM, pageSizes, renderHandoutHtml } from '../../shared/handout/render-html';
import { defaultTemplate } from '../../shared/handout/template';
import { sampleSource } from '../helpers/handout';
import { launchBrowser } from './harness';

const PX_PER_MM = 96 / 25.4;

let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Box {
  title: string;
  left: number;
  top: number;
  width: number;
}

/** The "For the next 24 to 48 hours" lists (Do, Avoid, Heat or cold), laid out as the printer lays them out. */
async function careListsAsPrinted(options: PrintOptions): Promise<Box[]> {
  const { page } = browser;
  const printableWidthMm = pageSizes[options.paper].widthMm - 2 * PAGE_MARGIN_MM;
  await page.setViewportSize({ width: Math.floor(printableWidthMm * PX_PER_MM), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.setContent(renderHandoutHtml(composeHandout(sampleSource(), defaultTemplate), options));
  const lists = page.locator('.handout__section--care .handout__list');
  await expect.poll(() => lists.count()).toBe(3);
  return lists.evaluateAll((each) =>
    each.map((list) => {
      const box = list.querySelector('ul')!.getBoundingClientRect();
      return { title: list.querySelector('h3')?.textContent ?? '', left: Math.round(box.left), top: Math.round(box.top), width: Math.round(box.width) };
    }),
  );
}

describe('the aftercare lists on a printed handout', () => {
  for (const paper of ['a4', 'letter'] as const) {
    it(`in large print on ${paper}, Do, Avoid and Heat or cold stand one under another, starting at the same left edge`, async () => {
      const [doList, avoid, heat] = await careListsAsPrinted({ paper, largePrint: true });
      expect([doList!.title, avoid!.title, heat!.title]).toEqual(['Do', 'Avoid', 'Heat or cold']);
      expect(avoid!.left).toBe(doList!.left);
      expect(heat!.left).toBe(doList!.left);
      expect(avoid!.top).toBeGreaterThan(doList!.top);
      expect(avoid!.width).toBe(doList!.width);
    });

    it(`in ordinary print on ${paper}, Do and Avoid sit side by side at the same height and width`, async () => {
      const [doList, avoid] = await careListsAsPrinted({ paper, largePrint: false });
      expect(avoid!.top).toBe(doList!.top);
      expect(avoid!.left).toBeGreaterThan(doList!.left + doList!.width);
      expect(avoid!.width).toBe(doList!.width);
    });
  }
});

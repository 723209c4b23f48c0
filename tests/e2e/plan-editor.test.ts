import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDataDir, launchBrowser, startServe } from './harness';
import { focusReaches } from './waits';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openPlans(): Promise<{ page: Page; context: BrowserContext }> {
  const server = await startServe(freshDataDir());
  cleanups.push(() => server.kill());
  const browser = await launchBrowser({ width: 1366, height: 900 });
  cleanups.push(browser.close);
  await browser.page.goto(server.url);
  await browser.page.getByRole('button', { name: 'Plans' }).click();
  await browser.page.getByRole('button', { name: 'Save plan' }).waitFor();
  return browser;
}

type Rgb = [number, number, number];

/** WCAG 2 contrast ratio of two sRGB colours (1 to 21). */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb): number => {
    const [r, g, bl] = rgb.map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const hexRgb = (hex: string): Rgb => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as Rgb;

/**
 * What is painted around a colour input, as a person sees it: the page just outside it, its edge,
 * and the middle of the swatch. Read from a screenshot, decoded in a blank page of the same browser.
 */
async function paintedAround(context: BrowserContext, input: Locator): Promise<{ page: Rgb; edge: Rgb; swatch: Rgb }> {
  const box = await input.boundingBox();
  if (!box) throw new Error('the colour input is not on screen');
  const margin = 6;
  const clip = { x: Math.floor(box.x) - margin, y: Math.floor(box.y) - margin, width: Math.ceil(box.width) + 2 * margin, height: Math.ceil(box.height) + 2 * margin };
  const png = (await input.page().screenshot({ clip })).toString('base64');
  const middle = Math.round(clip.height / 2);
  const edgeWidth = parseFloat(await input.evaluate((element) => getComputedStyle(element).borderLeftWidth));
  const points: [number, number][] = [
    [2, middle],
    [Math.floor(box.x - clip.x + edgeWidth / 2), middle],
    [Math.round(clip.width / 2), middle],
  ];
  const scratch = await context.newPage();
  try {
    const [page, edge, swatch] = await scratch.evaluate(
      async ({ png, points }) => {
        const bytes = Uint8Array.from(atob(png), (char) => char.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const drawing = canvas.getContext('2d');
        if (!drawing) throw new Error('no 2d canvas');
        drawing.drawImage(bitmap, 0, 0);
        return points.map(([x, y]) => Array.from(drawing.getImageData(x, y, 1, 1).data.slice(0, 3)));
      },
      { png, points },
    );
    return { page: page as Rgb, edge: edge as Rgb, swatch: swatch as Rgb };
  } finally {
    await scratch.close();
  }
}

describe('the plan editor, as a therapist sees it on the Plans page', () => {
  it("every phase's colour swatch shows against the dark page: its edge has at least 3:1 contrast with the page and with the colour inside", async () => {
    const { page, context } = await openPlans();
    // A new phase takes a tint the plan does not use yet: as dark as the rest.
    await page.getByRole('button', { name: 'Add phase' }).click();
    const swatches = page.getByLabel('Colour', { exact: true });
    const count = await swatches.count();
    expect(count).toBeGreaterThan(7);
    for (let at = 0; at < count; at += 1) {
      const swatch = swatches.nth(at);
      await swatch.scrollIntoViewIfNeeded();
      const painted = await paintedAround(context, swatch);
      const chosen = hexRgb(await swatch.inputValue());
      // The middle is the phase's own colour: what was measured is the swatch.
      painted.swatch.forEach((channel, i) => expect(Math.abs(channel - chosen[i]!)).toBeLessThanOrEqual(2));
      expect.soft(contrast(painted.edge, painted.page), `swatch ${at + 1} against the page`).toBeGreaterThanOrEqual(3);
      expect.soft(contrast(painted.edge, painted.swatch), `swatch ${at + 1}'s edge against its colour`).toBeGreaterThanOrEqual(3);
    }
  });

  it('several problems: Save plan takes the focus to a summary that names each place once and leads to each field', async () => {
    const { page } = await openPlans();
    await page.getByLabel('Plan name').fill('');
    const first = page.getByRole('group', { name: 'Phase 1: Arrival & intake' });
    await first.getByLabel('Name', { exact: true }).fill('Phase 1');
    // Renamed by its number, the phase is headed by it once.
    const renamed = page.getByRole('group', { name: 'Phase 1', exact: true });
    await renamed.getByLabel('Shortest (minutes)').fill('50');
    await page.getByRole('button', { name: 'Save plan' }).click();

    const summary = page.getByRole('navigation', { name: '2 things need changing' });
    await focusReaches(summary);
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Every plan needs a name.', 'Phase 1: the shortest it may shrink to can’t be longer than the phase.']);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toMatch(/Phase 1[:,] Phase 1/);

    await summary.getByRole('link', { name: /^Phase 1: the shortest/ }).click();
    const shortest = renamed.getByLabel('Shortest (minutes)');
    await focusReaches(shortest);
    expect(await page.locator(`#${await shortest.getAttribute('aria-describedby')}`).textContent()).toBe('The shortest it may shrink to can’t be longer than the phase.');
  });
});

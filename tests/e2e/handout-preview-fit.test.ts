import { afterEach, describe, expect, it } from 'vitest';
import { pageSizes } from '../../shared/handout/render-html';
import { freshDataDir, launchBrowser, startServe } from './harness';
import { finishWithKeys, startWithSpace } from './waits';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const PX_PER_MM = 96 / 25.4;

describe('the handout preview on a small screen', () => {
  it('at 1024 px shows the whole width of the page, drawn smaller, and at full size again on a wide window', async () => {
    const server = await startServe(freshDataDir());
    cleanups.push(() => server.kill());
    const opened = await launchBrowser({ width: 1024, height: 768 });
    cleanups.push(opened.close);
    const { page } = opened;

    await page.goto(server.url);
    await startWithSpace(page);
    await finishWithKeys(page);
    await page.getByRole('button', { name: 'Handout', exact: true }).click();
    await page.getByLabel('Client name').fill('Maria');
    await page.getByRole('button', { name: 'Write the handout' }).click();
    const preview = page.getByRole('region', { name: 'Handout preview' });
    await preview.getByRole('heading', { level: 1, name: 'Aftercare for Maria' }).waitFor();

    // The sheet, as a person sees it: its drawn width, and how far it reaches beyond the preview's frame.
    const drawn = () =>
      preview.evaluate((frame) => {
        const sheet = frame.firstElementChild!.getBoundingClientRect();
        const box = frame.getBoundingClientRect();
        return { width: sheet.width, cutOff: sheet.right - box.right, scrolls: frame.scrollWidth > frame.clientWidth };
      });
    const a4Px = pageSizes.a4.widthMm * PX_PER_MM;
    await expect.poll(async () => (await drawn()).cutOff).toBeLessThanOrEqual(0);
    const small = await drawn();
    expect(small.scrolls).toBe(false);
    expect(small.width).toBeLessThan(a4Px * 0.8);

    await page.setViewportSize({ width: 1600, height: 900 });
    await expect.poll(async () => Math.round((await drawn()).width)).toBe(Math.round(a4Px));
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDataDir, launchBrowser, startServe, type ServeProcess } from './harness';
import { startWithSpace } from './waits';

let server: ServeProcess;
let opened: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  server = await startServe(freshDataDir());
  opened = await launchBrowser();
  await opened.page.goto(server.url);
  await startWithSpace(opened.page);
});
afterAll(async () => {
  await opened.close();
  await server.kill();
});

describe('the phase band of the default 60-minute plan', () => {
  it.each([
    [1024, 600],
    [1024, 768],
    [1366, 768],
  ])('at %ix%i shows every phase’s length whole, on one line', async (width, height) => {
    const { page } = opened;
    await page.setViewportSize({ width, height });
    const band = page.getByRole('list', { name: 'Phases' });
    await expect.poll(() => band.getByRole('listitem').count()).toBe(6);
    const lengths = await band.locator('.phase-band__length').evaluateAll((each) =>
      each.map((length) => {
        // The lines a person sees: the distinct tops of the boxes its shown text is drawn in (not the words kept for screen readers).
        const walker = document.createTreeWalker(length, NodeFilter.SHOW_TEXT);
        const tops = new Set<number>();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.visually-hidden')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const box of range.getClientRects()) tops.add(Math.round(box.top));
        }
        return { text: length.textContent, lines: tops.size, cut: length.scrollWidth > length.clientWidth };
      }),
    );
    expect(lengths).toEqual(lengths.map(({ text }) => ({ text, lines: 1, cut: false })));
  });
});

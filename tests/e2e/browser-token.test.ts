import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserMode, type BrowserMode } from '../../electron/browser-mode/server';
import { distDir, freshDataDir, launchBrowser } from './harness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(): Promise<BrowserMode> {
  const mode = await startBrowserMode({ dataDir: freshDataDir(), distDir });
  cleanups.push(() => mode.close());
  return mode;
}

async function browser() {
  const opened = await launchBrowser();
  cleanups.push(opened.close);
  opened.page.setDefaultTimeout(10_000);
  return opened;
}

const storedToken = (page: import('playwright-core').Page) => page.evaluate(() => sessionStorage.getItem('stillpoint-token'));

describe('the browser-mode token', () => {
  it('leaves the address once the page has it, sets no cookie, and a reload in the same tab keeps working', async () => {
    const mode = await serve();
    const { page, context } = await browser();
    await page.goto(mode.url);
    const plan = page.getByRole('radio', { name: /60-minute session/ });
    await expect.poll(() => plan.isVisible()).toBe(true);
    expect(page.url()).toBe(`http://127.0.0.1:${mode.port}/`);
    expect(await context.cookies()).toEqual([]);
    expect(await storedToken(page)).toBe(mode.token);

    await page.reload();
    await expect.poll(() => plan.isVisible()).toBe(true);
    expect(page.url()).toBe(`http://127.0.0.1:${mode.port}/`);
  });

  it("a second Stillpoint's page never gets the first's token, and the first stays signed in", async () => {
    const first = await serve();
    const second = await serve();
    const { page, context } = await browser();
    const plan = page.getByRole('radio', { name: /60-minute session/ });
    await page.goto(first.url);
    await expect.poll(() => plan.isVisible()).toBe(true);

    await page.goto(`http://127.0.0.1:${second.port}/`);
    expect(await storedToken(page)).toBeNull();
    await page.goto(second.url);
    await expect.poll(() => plan.isVisible()).toBe(true);
    expect(await storedToken(page)).toBe(second.token);
    expect(await context.cookies()).toEqual([]);

    await page.goto(`http://127.0.0.1:${first.port}/`);
    await expect.poll(() => plan.isVisible()).toBe(true);
    expect(await storedToken(page)).toBe(first.token);
  });
});

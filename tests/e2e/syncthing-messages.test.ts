import { afterEach, describe, expect, it } from 'vitest';
import { freshDataDir, launchBrowser, startServe } from './harness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('Syncthing on this computer says one thing at a time', () => {
  it('a refused address replaces the state shown before it, and the next state replaces the refusal', async () => {
    const server = await startServe(freshDataDir());
    cleanups.push(() => server.kill());
    const browser = await launchBrowser({ width: 1366, height: 900 });
    cleanups.push(browser.close);
    const page = browser.page;
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Syncthing on this computer' });
    const messages = section.locator('[role="status"], [role="alert"]');
    const address = section.getByLabel('Syncthing’s address');
    const apiKey = section.getByLabel(/Syncthing’s API key/);
    const show = section.getByRole('button', { name: 'Show Syncthing’s state' });

    // Nothing answers on port 9 here.
    await address.fill('http://127.0.0.1:9');
    await apiKey.fill('not-a-real-key');
    await show.click();
    await expect.poll(() => messages.allTextContents()).toEqual([expect.stringMatching(/^Nothing answers at http:\/\/127\.0\.0\.1:9\./)]);

    await address.fill('ftp://nowhere');
    await apiKey.fill('not-a-real-key');
    await show.click();
    await expect.poll(() => messages.allTextContents()).toEqual([expect.stringMatching(/^A Syncthing address starts with http:\/\/ or https:\/\//)]);

    await address.fill('http://127.0.0.1:9');
    await apiKey.fill('not-a-real-key');
    await show.click();
    await expect.poll(() => messages.allTextContents()).toEqual([expect.stringMatching(/^Nothing answers at http:\/\/127\.0\.0\.1:9\./)]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { invokeOverHttp } from '../helpers/contract-http';
import { freshDataDir, launchBrowser, startServe } from './harness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const notAnExport = 'That file is not a whole Stillpoint export (part of it is missing or damaged), so nothing was imported. Choose a file made with “Export everything”.';

describe('importing a file that is not a whole export', () => {
  it('says so in words about the file and what to choose instead, and brings nothing in', async () => {
    const server = await startServe(freshDataDir());
    cleanups.push(() => server.kill());
    const browser = await launchBrowser();
    cleanups.push(browser.close);
    const page = browser.page;
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Data' }).click();
    const input = page.getByLabel('Import an export into this (empty) Stillpoint');

    const cut = { format: 'stillpoint-archive', version: 1 };
    const escaping = { format: 'stillpoint-archive', version: 1, createdAt: 1, reason: 'export', appVersion: '0.1.0', files: { '../../outside.json': {} } };
    for (const [name, content] of [['cut.json', cut], ['escaping.json', escaping], ['list.json', [1, 2]]] as const) {
      // Chosen where a therapist chooses it: at the foot of the screen, scrolled to.
      await input.scrollIntoViewIfNeeded();
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
      const said = page.getByRole('status').filter({ hasText: notAnExport });
      await expect.poll(() => said.isVisible(), { message: name }).toBe(true);
      // The answer shows where the therapist is looking, not at the top of the screen, scrolled out of view.
      expect(await said.evaluate((element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().bottom <= window.innerHeight), name).toBe(true);
      // The same message again for the next file: clear it by waiting for the status to be re-said.
      await page.getByRole('button', { name: 'Back up now' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Backed up at' }).isVisible()).toBe(true);
    }
    const kept = Object.keys((await invokeOverHttp(server.url, 'data.export', {})).value.files);
    expect(kept.filter((file) => /^(clients|sessions)\/|\.\./.test(file))).toEqual([]);
  });
});

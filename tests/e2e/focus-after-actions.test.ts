import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDataDir, launchBrowser, startServe } from './harness';
import { focusReaches } from './waits';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openApp(): Promise<Page> {
  const server = await startServe(freshDataDir());
  cleanups.push(() => server.kill());
  const browser = await launchBrowser({ width: 1366, height: 900 });
  cleanups.push(browser.close);
  await browser.page.goto(server.url);
  return browser.page;
}

const focusIsOnThePage = (page: Page): Promise<boolean> => page.evaluate(() => document.activeElement === null || document.activeElement === document.body);

describe('a button that has done its job leaves the focus somewhere useful', () => {
  it('Add stretch: the stretch it put on the handout takes the focus', async () => {
    const page = await openApp();
    await page.getByRole('button', { name: 'Handout' }).click();
    await page.getByLabel('Client name').fill('Ana');
    await page.getByRole('group', { name: 'Areas worked' }).getByLabel('Calves', { exact: true }).check();
    await page.getByRole('button', { name: 'Write the handout' }).click();

    const choice = page.getByRole('combobox', { name: 'Add a stretch' });
    await choice.selectOption({ index: 1 });
    const name = (await choice.locator('option:checked').textContent()) ?? '';
    await page.getByRole('button', { name: 'Add stretch', exact: true }).click();
    const onSheet = page.getByRole('list', { name: 'Stretches on this handout' });
    await focusReaches(onSheet.getByRole('listitem').filter({ hasText: name }));
    expect(await focusIsOnThePage(page)).toBe(false);
  });

  it('Add stretch to the library: the new entry in the library takes the focus', async () => {
    const page = await openApp();
    await page.getByRole('button', { name: 'Handout' }).click();
    await page.getByRole('tab', { name: 'Clinic, templates and stretches' }).click();
    const own = page.getByRole('form', { name: 'Add your own stretch' });
    await own.getByLabel('Name', { exact: true }).fill('Stair calf drop');
    await own.getByRole('group', { name: 'Regions it helps' }).getByLabel('Calves').check();
    await own.getByLabel('Steps, one per line').fill('Stand on a step holding the rail.');
    await own.getByRole('button', { name: 'Add stretch to the library' }).click();
    await focusReaches(page.getByRole('list', { name: 'Your own stretches' }).getByRole('listitem').filter({ hasText: 'Stair calf drop' }));
    expect(await focusIsOnThePage(page)).toBe(false);
  });

  it('Stop asking Syncthing: the Syncthing heading takes the focus once the button has gone', async () => {
    const page = await openApp();
    await page.getByRole('button', { name: 'Settings' }).click();
    // Nothing answers on port 9 here: the address is kept all the same, and with it the button to stop asking.
    await page.getByLabel('Syncthing’s address').fill('http://127.0.0.1:9');
    await page.getByLabel(/Syncthing’s API key/).fill('not-a-real-key');
    await page.getByRole('button', { name: 'Show Syncthing’s state' }).click();
    const stop = page.getByRole('button', { name: 'Stop asking Syncthing' });
    await stop.click();
    await focusReaches(page.getByRole('heading', { name: 'Syncthing on this computer' }));
    expect(await stop.count()).toBe(0);
    expect(await focusIsOnThePage(page)).toBe(false);
  });
});

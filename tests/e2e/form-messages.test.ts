import { afterEach, describe, expect, it } from 'vitest';
import { freshDataDir, launchBrowser, startServe } from './harness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function open() {
  const server = await startServe(freshDataDir());
  cleanups.push(() => server.kill());
  const browser = await launchBrowser({ width: 1366, height: 900 });
  cleanups.push(browser.close);
  await browser.page.goto(server.url);
  return browser.page;
}

// The browser's own bubble ("Value must be greater than or equal to 0.5.") fades in seconds, is not
// readable from across the room, and left an earlier "Saved" in view: Stillpoint's words, beside the field, instead.
describe('a number out of range in a form', () => {
  it('in a plan: Stillpoint says what is wrong beside the field, and no earlier "Saved" stays in view', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Plans' }).click();
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).isVisible()).toBe(true);

    const minutes = page.getByRole('group', { name: 'Phase 1: Arrival & intake' }).getByLabel('Minutes', { exact: true });
    await minutes.fill('-5');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(() => minutes.getAttribute('aria-invalid')).toBe('true');
    // The phase's heading names the place; beside its field the message says only what is wrong.
    expect(await page.locator(`#${await minutes.getAttribute('aria-describedby')}`).textContent()).toBe('A phase must last longer than zero.');
    expect(await page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(0);
  });

  it('in the stretch library: Stillpoint says the hold time is too short, beside it, and nothing is added', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Handout' }).click();
    await page.getByRole('tab', { name: 'Clinic, templates and stretches' }).click();
    const form = page.getByRole('form', { name: 'Add your own stretch' });
    await form.getByLabel('Name').fill('Neck roll');
    await form.getByLabel('Neck').check();
    await form.getByLabel('Steps, one per line').fill('Roll the head slowly');
    const hold = form.getByLabel('Hold (seconds)');
    await hold.fill('0');
    await form.getByRole('button', { name: 'Add stretch to the library' }).click();
    await expect.poll(() => hold.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator(`#${await hold.getAttribute('aria-describedby')}`).textContent()).toBe('The hold time must be at least 1.');
    expect(await hold.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await page.getByRole('list', { name: 'Your own stretches' }).count()).toBe(0);
    expect(await form.getByLabel('Name').inputValue()).toBe('Neck roll');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { roomWithAna, startSessionFor } from './flows';
import { finishWithKeys } from './waits';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a client who asked to stop after calling a firmer pressure just right', () => {
  it('is summed up as the stop, in the record, the wrap-up and the next visit’s pressure memory, never as the firmer level', async () => {
    const page = await roomWithAna(cleanups);

    // The room's keys, once the session runs and with the focus off the start button: to warm-up, then the lower
    // back: 8, more, more (10), just right, then down to 6, and the client asks to stop.
    await page.getByRole('timer').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('region', { name: 'Pressure feedback' }).waitFor();
    await page.keyboard.press('r');
    for (const key of ['8', 'm', 'm', 'j', '6', 's']) await page.keyboard.press(key);
    const log = page.getByRole('list', { name: 'Pressure log' });
    await expect.poll(() => log.getByRole('listitem').count()).toBe(4);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Logged:' }).textContent()).toBe('Logged: Lower back, 6, asked to stop');

    await finishWithKeys(page);
    const byRegion = page.getByRole('region', { name: 'Pressure by region' }).getByRole('listitem');
    await expect.poll(() => byRegion.textContent()).toBe('Lower back: 6, asked to stop, after 10 was just right (range 6-10; effleurage)');
    await expect.poll(() => page.getByLabel('Objective').inputValue()).toContain('Pressure responses: Lower back: 6, asked to stop, after 10 was just right.');

    // The handout's details start from the stop at 6.
    await page.getByRole('button', { name: 'Write the aftercare handout' }).click();
    const lowerBack = page.getByRole('group', { name: 'Lower back', exact: true });
    await expect.poll(() => lowerBack.getByLabel('Pressure', { exact: true }).inputValue()).toBe('6');
    expect(await lowerBack.getByLabel('The client said').inputValue()).toBe('stop');

    // Next visit: the room remembers the stop at 6, and suggests nothing firmer.
    await startSessionFor(page, 'Ana Ruiz', 'ana');
    const memory = page.getByRole('region', { name: 'Pressure last time' });
    await expect.poll(() => memory.getByRole('listitem').allTextContents()).toEqual(['Lower back: 6, asked to stop']);
  });
});

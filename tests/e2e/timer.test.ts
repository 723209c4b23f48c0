import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { clockTime } from '../../shared/i18n/clock';
import { artifactsDir, timerSeconds } from './harness';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';
import { startWithSpace } from './waits';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
const MIN = 60_000;
const rooms: SyncedRoom[] = [];
afterEach(async () => {
  for (const room of rooms.splice(0)) await room.close();
});

async function open(): Promise<SyncedRoom> {
  const room = await startSyncedRoom(T0);
  rooms.push(room);
  return room;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const timer = async (page: Page) => timerSeconds((await page.getByRole('timer').textContent()) ?? '');
const cueText = (page: Page) => page.locator('.room__cue').textContent().catch(() => null);

async function fill(page: Page, scope: string, label: string, value: string): Promise<void> {
  await page.getByRole('group', { name: scope, exact: true }).getByLabel(label, { exact: true }).fill(value);
}

describe('the treatment-room timer in the browser', () => {
  it('a whole 60-minute session runs by keys alone, every cue arriving at its instant', async () => {
    const { page, advance, clock } = await open();
    await startWithSpace(page);
    const phases: [string, number][] = [
      ['Arrival & intake', 5],
      ['Consultation & assessment', 5],
      ['Warm-up', 10],
      ['Targeted work', 28],
      ['Integration', 7],
      ['Wrap-up & aftercare', 5],
    ];
    for (const [index, [name, minutes]] of phases.entries()) {
      await expect.poll(() => heading(page)).toBe(name);
      await expect.poll(() => timer(page)).toBe(minutes * 60);
      if (name === 'Targeted work') {
        await advance((minutes - 1) * MIN - 1);
        expect(await cueText(page)).not.toContain('1 minute left');
        await advance(1);
        await expect.poll(() => cueText(page)).toBe('Targeted work: 1 minute left.Dismiss Esc');
        await advance(MIN - 1);
      } else {
        await advance(minutes * MIN - 1);
      }
      await expect.poll(() => timer(page)).toBe(1);
      await advance(1);
      await expect.poll(() => cueText(page)).toContain(`${name} is done.`);
      await expect.poll(() => timer(page)).toBe(0);
      if (index < phases.length - 1) await page.keyboard.press(index % 2 === 0 ? 'ArrowRight' : 'PageDown');
    }
    expect(clock.now()).toBe(T0 + 60 * MIN);
    await page.keyboard.press('f');
    await page.getByRole('alertdialog', { name: 'Finish the session?' }).waitFor();
    await page.keyboard.press('f');
    await expect.poll(() => page.getByText(/Session finished at/).isVisible()).toBe(true);
  });

  // A plan built field by field, its cues previewed, then run in Chromium: 25 s on a busy machine, so more than the default minute is allowed.
  it('builds a custom plan with segments, runs it by keys, runs over and keeps the end time', { timeout: 120_000 }, async () => {
    const { page, advance } = await open();
    mkdirSync(artifactsDir, { recursive: true });
    await page.getByRole('button', { name: 'Plans' }).click();
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByLabel('Plan name').fill('Back focus');
    await page.getByLabel(/Session-end warning/).fill('3');
    await fill(page, 'Phase 1', 'Name', 'Warm-up');
    await fill(page, 'Phase 1: Warm-up', 'Minutes', '2');
    await fill(page, 'Phase 1: Warm-up', 'Shortest (minutes)', '1');
    await page.getByRole('button', { name: 'Add phase' }).click();
    await fill(page, 'Phase 2', 'Name', 'Targeted work');
    await page.getByRole('button', { name: 'Add body-region segment to Targeted work' }).click();
    await page.getByRole('button', { name: 'Add body-region segment to Targeted work' }).click();
    const segments = page.getByRole('list', { name: 'Segments of Targeted work' }).getByRole('listitem');
    await segments.nth(0).getByLabel('Segment name').fill('Lower back');
    await segments.nth(1).getByLabel('Segment name').fill('Neck & shoulders');
    await fill(page, 'Phase 2: Targeted work', 'Shortest (minutes)', '4');
    await fill(page, 'Phase 2: Targeted work', 'Warning before the end (minutes, 0 for none)', '1');
    await page.getByRole('button', { name: 'Add phase' }).click();
    await fill(page, 'Phase 3', 'Name', 'Integration');
    await fill(page, 'Phase 3: Integration', 'Minutes', '4');
    await fill(page, 'Phase 3: Integration', 'Shortest (minutes)', '5');

    await page.getByRole('button', { name: 'Save plan' }).click();
    const shortest = page.getByRole('group', { name: 'Phase 3: Integration' }).getByLabel('Shortest (minutes)', { exact: true });
    // The phase's heading names the place; beside its field the message says only what is wrong.
    const problem = 'The shortest it may shrink to can’t be longer than the phase.';
    // Said once, beside the field it is about, which takes the focus so the words are read with it.
    await expect.poll(() => shortest.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await shortest.getAttribute('aria-describedby')}`).textContent()).toBe(problem);
    await expect.poll(() => shortest.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await page.getByText(problem).count()).toBe(1);
    await fill(page, 'Phase 3: Integration', 'Shortest (minutes)', '1');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).textContent()).toBe('Saved “Back focus”.');

    await page.getByRole('button', { name: 'Preview cues (30 s)' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Cue preview' }).textContent(), { timeout: 10_000 }).toMatch(/^1 of 6: Warm-up is done/);
    await page.getByRole('button', { name: 'Stop preview' }).click();

    await page.getByRole('button', { name: 'Room' }).click();
    await page.getByRole('radio', { name: /Back focus/ }).check();
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('Space');
    await expect.poll(() => heading(page)).toBe('Warm-up');
    await advance(2 * MIN);
    await expect.poll(() => cueText(page)).toContain('Warm-up is done. Next: Targeted work, 10 minutes.');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByLabel('Body region').textContent()).toBe('Lower back 5:00 then Neck & shoulders');
    await advance(5 * MIN);
    await expect.poll(() => cueText(page)).toContain('Lower back is done. Next: Neck & shoulders, 5 minutes.');
    await page.keyboard.press('Escape');
    await expect.poll(() => cueText(page)).toBe(null);

    // Run over targeted work by three minutes: integration shrinks towards its minimum, the end holds.
    await advance(8 * MIN);
    await expect.poll(() => cueText(page)).toBe('3 minutes left in the session.Dismiss Esc');
    await expect.poll(() => timer(page)).toBe(-3 * 60);
    expect(await page.getByRole('timer').getAttribute('aria-label')).toBe('Targeted work overrun');
    await expect.poll(() => page.getByRole('note').textContent()).toContain('Later phases gave 3 minutes. The session still ends at');
    const ends = await page.locator('.room__facts div', { hasText: 'Ends at' }).locator('dd').textContent();
    expect(ends).toBe(clockTime(T0 + 16 * MIN, await page.evaluate(() => navigator.language)));
    expect(await page.getByRole('listitem').filter({ hasText: 'Integration' }).textContent()).toContain('gave 3 minutes');
    await page.screenshot({ path: path.join(artifactsDir, 'room-overrun-dark.png'), animations: 'disabled' });

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(page)).toBe('Integration');
    await expect.poll(() => timer(page)).toBe(60);
    await page.keyboard.press('q');
    await expect.poll(() => page.getByText('Silent', { exact: true }).isVisible()).toBe(true);
    await page.keyboard.press('+');
    await expect.poll(() => timer(page)).toBe(120);

    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keys' }).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(artifactsDir, 'room-keys.png'), animations: 'disabled' });
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keys' }).waitFor({ state: 'detached' });
    await page.keyboard.press('b');
    await expect.poll(() => page.getByRole('status', { name: /Screen blanked/ }).isVisible()).toBe(true);
    await page.keyboard.press('b');
    await expect.poll(() => page.getByRole('status', { name: /Screen blanked/ }).count()).toBe(0);

    await page.screenshot({ path: path.join(artifactsDir, 'room-theme-dark.png'), animations: 'disabled' });
    await page.keyboard.press('d');
    await expect.poll(() => page.locator('.room--theme-amber').count()).toBe(1);
    await page.screenshot({ path: path.join(artifactsDir, 'room-theme-amber.png'), animations: 'disabled' });
    await page.keyboard.press('d');
    await expect.poll(() => page.locator('.room--theme-light').count()).toBe(1);
    await page.screenshot({ path: path.join(artifactsDir, 'room-theme-light.png'), animations: 'disabled' });
    await page.keyboard.press('d');
    await page.keyboard.press('c');
    await expect.poll(() => page.locator('.room--compact').count()).toBe(1);
    await page.setViewportSize({ width: 480, height: 270 });
    await page.screenshot({ path: path.join(artifactsDir, 'room-compact.png'), animations: 'disabled' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('c');
    await expect.poll(() => page.locator('.room--compact').count()).toBe(0);

    await page.keyboard.press('f');
    await page.getByRole('alertdialog', { name: 'Finish the session?' }).waitFor();
    await page.keyboard.press('f');
    await expect.poll(() => page.getByText(/Session finished at/).isVisible()).toBe(true);
  });
});

import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { invokeOverHttp } from '../helpers/contract-http';
import { artifactsDir, freshDataDir, root } from './harness';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';
import { finishWithKeys } from './waits';

/**
 * The pictures in README.md and docs/guide.md, taken from the real app at
 * 1366×768 while a therapist's session runs from welcome to handout.
 * `npm run screenshots` (UPDATE_SCREENSHOTS=1) rewrites docs/images/; a plain
 * test run writes them to test-artifacts/ and only checks they were made.
 */
const update = process.env.UPDATE_SCREENSHOTS === '1';
const outDir = update ? path.join(root, 'docs', 'images') : path.join(artifactsDir, 'screenshots');
const minute = 60_000;
const taken: string[] = [];

let room: SyncedRoom | null = null;
afterAll(async () => {
  await room?.close();
});

/** The window as it is at the top, or scrolled so `from` starts at the top of it (the room's care panels sit below). */
async function shoot(page: Page, name: string, from?: Locator): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${name}.png`);
  // The pointer out of the way and the caret hidden, so the picture is the screen as a person sees it.
  await page.mouse.move(0, 0);
  if (from) await from.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  // Fades and slides finish (endless ones are stopped by the screenshot itself).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  taken.push(file);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first();

describe('the pictures in the README and the guide', () => {
  // A whole session in Chromium, ten screenshots and a handout: about 40 s on a busy machine, past the default minute under more load.
  it('are taken from a whole session, welcome to handout', { timeout: 180_000 }, async () => {
    room = await startSyncedRoom(new Date('2026-03-02T10:00:00').getTime(), freshDataDir({ firstRun: true }));
    const { page } = room;

    const welcome = page.getByRole('dialog', { name: 'Welcome to Stillpoint' });
    await expect.poll(() => welcome.isVisible()).toBe(true);
    await welcome.getByLabel('Clinic name').fill('Harbour Street Massage');
    await welcome.getByLabel('Contact (address, phone, web; one per line)').fill('12 Harbour Street, Portside\n555 0100 · harbourstreet.example');
    await welcome.getByLabel('Your name, as the therapist').fill('Mia Chen');
    await shoot(page, 'welcome');
    await welcome.getByRole('button', { name: 'Save and begin' }).click();
    await expect.poll(() => welcome.isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Clients' }).click();
    await page.getByRole('button', { name: 'New client' }).click();
    const form = page.getByRole('form', { name: 'New client' });
    await form.getByLabel('Name').fill('Ana Ruiz');
    await form.getByLabel('Preferred pressure (1-10)').selectOption('6');
    await form.getByLabel('Goals').fill('Less lower back pain after long days at a desk');
    await form.getByRole('button', { name: 'Create client' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Ana Ruiz' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Room' }).click();
    await page.getByLabel('Client (optional)').fill('ana');
    await page.getByRole('option', { name: 'Ana Ruiz' }).click();
    await shoot(page, 'start-panel');
    await page.getByRole('button', { name: /Start session/ }).click();
    await expect.poll(() => page.getByText('Client: Ana Ruiz').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Intake and screening' }).click();
    const intake = page.getByRole('dialog', { name: 'Intake and health screen' });
    await intake.getByLabel('Open wound or skin infection').check();
    await intake.getByLabel('Note on open wound or skin infection').fill('graze on the left calf');
    await intake.getByLabel('Pain now (0-10)').fill('6');
    await intake.getByRole('group', { name: 'Where it hurts' }).getByLabel('Lower back').check();
    await intake.getByLabel('Goals for today').fill('Sit through a film without aching');
    await intake.evaluate((dialog) => dialog.scrollTo(0, 0));
    await shoot(page, 'intake');
    await intake.getByRole('button', { name: 'Save intake' }).click();
    await expect.poll(() => intake.isVisible()).toBe(false);

    // Arrival and assessment run to plan, then the hands-on work starts.
    // Each key is answered (the heading changes) before the clock moves on, so each event gets its instant.
    await room.advance(5 * minute);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(page).textContent()).toBe('Consultation & assessment');
    await room.advance(5 * minute);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(page).textContent()).toBe('Warm-up');
    await page.getByLabel('Decision note').fill('calves left out');
    await page.getByRole('button', { name: 'Acknowledge flags' }).click();
    await expect.poll(() => page.getByText(/Decision: Proceed, avoiding the flagged areas/).isVisible()).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await room.advance(4 * minute);
    await page.keyboard.press('r');
    await page.keyboard.press('t');
    await page.keyboard.press('5');
    for (const key of ['m', 'j', 'j']) await page.keyboard.press(key);
    await page.keyboard.press('6');
    await page.keyboard.press('j');
    await expect.poll(() => page.getByRole('list', { name: 'Pressure log' }).getByRole('listitem').count()).toBe(4);
    await shoot(page, 'room-hands-on');
    await shoot(page, 'pressure-log', page.getByRole('heading', { name: /Pressure/ }).first());

    // Targeted work runs four minutes over; integration and wrap-up give time so the end holds.
    await room.advance(6 * minute);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(page).textContent()).toBe('Targeted work');
    await room.advance(32 * minute);
    await expect.poll(() => page.locator('body').innerText()).toMatch(/Later phases gave 4 minutes/);
    await shoot(page, 'room-running-over');

    await page.keyboard.press('d');
    await expect.poll(() => page.locator('.room').getAttribute('class')).toContain('room--theme-amber');
    await shoot(page, 'room-amber');
    await invokeOverHttp(room.mode.url, 'settings.update', { theme: 'dark' });

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(page).textContent()).toBe('Integration');
    await room.advance(3 * minute);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(page).textContent()).toBe('Wrap-up & aftercare');
    await room.advance(3 * minute);
    await finishWithKeys(page);
    await page.getByLabel('Pain after (0-10)').fill('3');
    await page.getByLabel('Your name (signature)').fill('Mia Chen');
    await page.getByRole('button', { name: 'Sign record' }).click();
    await expect.poll(() => page.getByText(/Signed by Mia Chen/).isVisible()).toBe(true);
    await shoot(page, 'record-signed', page.getByRole('heading', { name: /Session record/ }));

    await page.getByRole('button', { name: 'Write the aftercare handout' }).click();
    const details = page.getByRole('form', { name: 'Handout details' });
    await expect.poll(() => details.getByLabel('Client name').inputValue()).toBe('Ana Ruiz');
    await details.getByRole('button', { name: 'Write the handout' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Save as PDF' }).isVisible()).toBe(true);
    await shoot(page, 'handout-preview');

    await page.getByRole('button', { name: 'Data' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Back up now' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await shoot(page, 'data');

    for (const file of taken) {
      const size = statSync(file).size;
      expect(size, file).toBeGreaterThan(10_000);
    }
    expect(taken.map((file) => path.basename(file))).toEqual([
      'welcome.png',
      'start-panel.png',
      'intake.png',
      'room-hands-on.png',
      'pressure-log.png',
      'room-running-over.png',
      'room-amber.png',
      'record-signed.png',
      'handout-preview.png',
      'data.png',
    ]);
  });
});

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { showTheme } from './room-theme';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';
import { finishWithKeys, focusReaches } from './waits';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
const MIN = 60_000;

/** Every axe rule (WCAG 2.x A and AA and best practice); a violation names the rule and the elements. */
async function violations(page: Page): Promise<string[]> {
  // Let fades and the phase-arrival animation settle so colours are measured at rest.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1, 3).join(' ')}`).join('\n    ')}`,
  );
  if (found.length) console.log(found.join('\n'));
  return found;
}

/** The room's D key cycles the themes; the start screen has no D, so it goes through Settings. */
async function theme(page: Page, wanted: string): Promise<void> {
  if (await page.getByRole('timer').count()) return showTheme(page, wanted);
  await page.getByRole('button', { name: 'Settings' }).click();
  const choice = page.getByRole('radio', { name: new RegExp(`^${wanted}`, 'i') });
  await choice.click();
  await expect.poll(() => choice.isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Room' }).click();
  await page.locator(`.room--theme-${wanted}`).waitFor();
}

const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

let room: SyncedRoom;
beforeAll(async () => {
  room = await startSyncedRoom(T0);
});
afterAll(async () => {
  await room.close();
});

/**
 * One journey through every screen, in the order a first day brings them, with
 * axe run on each: the suite fails on any violation anywhere.
 */
describe('every screen passes axe with no violations', { timeout: 180_000 }, () => {
  it('the start screen, in each theme', async () => {
    const { page } = room;
    await page.getByRole('heading', { name: 'Ready when you are' }).waitFor();
    for (const name of ['amber', 'light', 'dark']) {
      await blur(page);
      await theme(page, name);
      expect.soft(await violations(page), `start screen, ${name}`).toEqual([]);
    }
  });

  it('clients: the list, the new-client form and a client', async () => {
    const { page } = room;
    await page.getByRole('button', { name: 'Clients' }).click();
    // Each screen's code arrives when it is first opened: axe reads the screen once it is drawn.
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    expect.soft(await violations(page), 'clients').toEqual([]);
    await page.getByRole('button', { name: 'New client' }).click();
    expect.soft(await violations(page), 'new client').toEqual([]);
    const form = page.getByRole('form', { name: 'New client' });
    await form.getByLabel('Name').fill('Ana Ruiz');
    await form.getByRole('button', { name: 'Create client' }).click();
    await page.getByRole('heading', { name: 'Ana Ruiz' }).waitFor();
    expect.soft(await violations(page), 'client details').toEqual([]);
  });

  it('the running room, the intake and the pressure log, in each theme', async () => {
    const { page, advance } = room;
    await page.getByRole('button', { name: 'Room' }).click();
    await page.getByLabel('Client (optional)').fill('ana');
    await page.getByRole('option', { name: 'Ana Ruiz' }).click();
    await page.getByRole('button', { name: /Start session/ }).click();
    await page.getByRole('timer').waitFor();

    // The timer is named and silent; phase changes alone are announced, politely.
    const timer = page.getByRole('timer', { name: 'Time left in Arrival & intake' });
    expect(await timer.getAttribute('aria-live')).toBeNull();
    const announcer = page.locator('[role="status"][aria-live="polite"]').filter({ hasText: /^Now:/ });
    await expect.poll(() => announcer.textContent()).toBe('Now: Arrival & intake.');
    const before = await timer.textContent();
    await room.advance(5_000);
    await expect.poll(() => timer.textContent()).not.toBe(before);
    expect(await announcer.textContent()).toBe('Now: Arrival & intake.');
    await blur(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => announcer.textContent()).toBe('Now: Consultation & assessment.');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => announcer.textContent()).toBe('Now: Arrival & intake.');

    for (const name of ['amber', 'light', 'dark']) {
      await blur(page);
      await theme(page, name);
      expect.soft(await violations(page), `room, ${name}`).toEqual([]);
    }

    await page.getByRole('button', { name: 'Intake and screening' }).click();
    const intake = page.getByRole('dialog', { name: 'Intake and health screen' });
    await intake.getByLabel('Open wound or skin infection').check();
    expect.soft(await violations(page), 'intake').toEqual([]);
    await intake.getByLabel('Pain now (0-10)').fill('6');
    await intake.getByRole('button', { name: 'Save intake' }).click();
    await intake.waitFor({ state: 'hidden' });

    await blur(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Acknowledge flags' }).waitFor();
    expect.soft(await violations(page), 'screening flags').toEqual([]);
    await page.getByRole('button', { name: 'Acknowledge flags' }).click();
    await page.getByRole('list', { name: 'Pressure log' }).waitFor({ state: 'attached' });
    await blur(page);
    for (const key of ['m', 'j', 'l']) await page.keyboard.press(key);
    await expect.poll(() => page.getByRole('list', { name: 'Pressure log' }).getByRole('listitem').count()).toBe(3);
    await advance(3 * MIN);
    for (const name of ['amber', 'light', 'dark']) {
      await blur(page);
      await theme(page, name);
      expect.soft(await violations(page), `pressure log, ${name}`).toEqual([]);
    }
    await page.getByRole('list', { name: 'Pressure log' }).getByRole('listitem').first().getByRole('button', { name: 'Correct' }).click();
    const correction = page.getByRole('form', { name: /Correct entry/ });
    await focusReaches(correction.getByLabel('Region'));
    expect.soft(await violations(page), 'correcting an entry').toEqual([]);
    await page.keyboard.press('Escape');
    // The room's keys are the room's again only once the form has closed and handed the focus back.
    await correction.waitFor({ state: 'detached' });

    await advance(10 * MIN);
    await page.locator('.room__cue').waitFor();
    expect.soft(await violations(page), 'overrun with a cue').toEqual([]);
    await blur(page);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keys' }).waitFor();
    expect.soft(await violations(page), 'key help').toEqual([]);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keys' }).waitFor({ state: 'detached' });
    await page.keyboard.press('f');
    const finish = page.getByRole('alertdialog', { name: 'Finish the session?' });
    await finish.waitFor();
    expect.soft(await violations(page), 'finish dialog').toEqual([]);
    // Unanswered, the question goes away by itself after a few seconds, and axe may take that long:
    // keep going (Escape), then ask again and answer at once.
    await page.keyboard.press('Escape');
    await finish.waitFor({ state: 'hidden' });
    await finishWithKeys(page);
  });

  it('the record at the end of the session, in each theme', async () => {
    const { page } = room;
    for (const name of ['amber', 'light', 'dark']) {
      await blur(page);
      await theme(page, name);
      expect.soft(await violations(page), `record, ${name}`).toEqual([]);
    }
    await page.getByLabel('Pain after (0-10)').fill('3');
    await page.getByLabel('Your name (signature)').fill('Mia Chen');
    await page.getByRole('button', { name: 'Sign record' }).click();
    await page.getByText(/Signed by Mia Chen/).waitFor();
    expect.soft(await violations(page), 'signed record').toEqual([]);
  });

  it('the handout: details and preview', async () => {
    const { page } = room;
    await page.getByRole('button', { name: 'Write the aftercare handout' }).click();
    const details = page.getByRole('form', { name: 'Handout details' });
    await details.waitFor();
    expect.soft(await violations(page), 'handout details').toEqual([]);
    await details.getByRole('button', { name: 'Write the handout' }).click();
    await page.getByRole('region', { name: 'Handout preview' }).waitFor();
    expect.soft(await violations(page), 'handout preview').toEqual([]);
  });

  it("the client's history", async () => {
    const { page } = room;
    await page.getByRole('button', { name: 'Clients' }).click();
    await page.getByRole('list', { name: 'Clients found' }).getByRole('button', { name: 'Ana Ruiz' }).click();
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('list', { name: 'Sessions' }).getByRole('listitem').first().waitFor();
    expect.soft(await violations(page), 'history').toEqual([]);
  });

  it('plans, settings and data', async () => {
    const { page } = room;
    await page.getByRole('button', { name: 'Plans' }).click();
    await page.getByRole('heading', { level: 1, name: 'Session plans' }).waitFor();
    expect.soft(await violations(page), 'plans').toEqual([]);
    await page.getByRole('button', { name: 'New plan' }).click();
    expect.soft(await violations(page), 'new plan').toEqual([]);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Room settings' }).waitFor();
    expect.soft(await violations(page), 'settings').toEqual([]);
    await page.getByRole('button', { name: 'Data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    expect.soft(await violations(page), 'data').toEqual([]);
  });
});

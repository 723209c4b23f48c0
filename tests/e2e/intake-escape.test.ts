import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { careBackend, someClient } from '../helpers/backend';
import { ManualClock } from '../helpers/manual-clock';
import { MIN, T0 } from '../helpers/sessions';
import { startSessionFor } from './flows';
import { freshDataDir } from './harness';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';
import { focusReaches } from './waits';

const rooms: SyncedRoom[] = [];
afterEach(async () => {
  for (const room of rooms.splice(0)) await room.close();
});

/** The room, on a clock the test moves, with Ana Ruiz's session running. */
async function roomWithAna(): Promise<SyncedRoom> {
  const dataDir = freshDataDir();
  const api = careBackend(dataDir, new ManualClock(T0));
  await api.call('clients.create', { fields: someClient });
  api.backend.close();
  const room = await startSyncedRoom(T0, dataDir);
  rooms.push(room);
  await startSessionFor(room.page, 'Ana Ruiz', 'ana');
  return room;
}

const intakeOf = (page: Page) => page.getByRole('dialog', { name: 'Intake and health screen' });
const question = (page: Page) => page.getByRole('alertdialog', { name: 'Discard the intake answers for Ana Ruiz?' });
const allergies = (page: Page) => intakeOf(page).getByLabel('Allergies (oils, lotions, latex, scents)');
const fever = (page: Page) => intakeOf(page).getByRole('checkbox', { name: 'Fever or feeling unwell today' });

describe('the intake dialog never throws away answers without asking', () => {
  it('Escape with nothing typed closes at once; with answers it asks, Escape keeps editing, and only Discard throws them away', async () => {
    const { page, advance } = await roomWithAna();
    const opener = page.getByRole('button', { name: 'Intake and screening' });
    await opener.focus();
    await page.keyboard.press('Enter');
    await intakeOf(page).waitFor();

    // Nothing typed: nothing to lose, so Escape closes it at once and the focus goes back to the button.
    await page.keyboard.press('Escape');
    await intakeOf(page).waitFor({ state: 'detached' });
    await focusReaches(opener);

    await page.keyboard.press('Enter');
    await focusReaches(fever(page));
    await page.keyboard.press('Space');
    await expect.poll(() => fever(page).isChecked()).toBe(true);
    await allergies(page).focus();
    await page.keyboard.type('almond oil');

    // A cue arrives mid-intake, and Escape is the key that dismisses cues: the answers are not lost to it.
    await advance(5 * MIN);
    await page.getByRole('status').filter({ hasText: 'Dismiss' }).waitFor();
    await page.keyboard.press('Escape');
    await focusReaches(question(page).getByRole('button', { name: 'Keep editing' }));
    await page.keyboard.press('Escape');
    await question(page).waitFor({ state: 'detached' });
    await focusReaches(allergies(page));
    expect(await allergies(page).inputValue()).toBe('almond oil');
    expect(await fever(page).isChecked()).toBe(true);

    // Enter on the question keeps editing too: it is the focused answer.
    await page.keyboard.press('Escape');
    await focusReaches(question(page).getByRole('button', { name: 'Keep editing' }));
    await page.keyboard.press('Enter');
    await question(page).waitFor({ state: 'detached' });
    expect(await allergies(page).inputValue()).toBe('almond oil');

    // Discard, chosen on purpose, closes the dialog without the answers.
    await page.keyboard.press('Escape');
    await focusReaches(question(page).getByRole('button', { name: 'Keep editing' }));
    await page.keyboard.press('Tab');
    await focusReaches(question(page).getByRole('button', { name: 'Discard' }));
    await page.keyboard.press('Enter');
    await intakeOf(page).waitFor({ state: 'detached' });
    await focusReaches(opener);
    await page.keyboard.press('Enter');
    await intakeOf(page).waitFor();
    expect(await allergies(page).inputValue()).toBe('');
    expect(await fever(page).isChecked()).toBe(false);
  });

  it('Cancel asks the same question, and answers typed then taken back are nothing to ask about', async () => {
    const { page } = await roomWithAna();
    await page.getByRole('button', { name: 'Intake and screening' }).click();
    await allergies(page).fill('latex');
    await intakeOf(page).getByRole('button', { name: 'Cancel' }).click();
    await question(page).getByRole('button', { name: 'Keep editing' }).click();
    await question(page).waitFor({ state: 'detached' });
    expect(await allergies(page).inputValue()).toBe('latex');

    await allergies(page).fill('');
    await allergies(page).focus();
    await page.keyboard.press('Escape');
    await intakeOf(page).waitFor({ state: 'detached' });
    expect(await question(page).count()).toBe(0);
  });
});

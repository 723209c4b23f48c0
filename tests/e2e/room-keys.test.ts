import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';
import { finishWithKeys, focusReaches, startWithSpace } from './waits';

const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);

/** Starts with Space and steps by keys to warm-up, the first hands-on phase, where the pressure log takes its keys. */
async function toHandsOn(page: Page): Promise<void> {
  await startWithSpace(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('region', { name: 'Pressure feedback' }).waitFor();
}

const entries = (page: Page) => page.getByRole('list', { name: 'Pressure log' }).getByRole('listitem').count();

/** With a dialog open, M (log pressure) and N (the note field behind) leave focus where it was; Escape closes it. */
async function roomKeysIgnoredBy(page: Page, dialog: Locator, focused: Locator): Promise<void> {
  await focusReaches(focused);
  await page.keyboard.press('m');
  await page.keyboard.press('n');
  await focusReaches(focused);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}

describe('the room by keys alone', () => {
  let room: SyncedRoom;
  beforeEach(async () => {
    room = await startSyncedRoom(T0);
  });
  afterEach(async () => room?.close());

  it('B blanks the screen and any key wakes it, doing nothing else', async () => {
    const { page } = room;
    await toHandsOn(page);
    const blank = page.getByRole('status', { name: 'Screen blanked; press any key' });
    await page.keyboard.press('b');
    await blank.waitFor();
    // A key that means nothing in the room still wakes it.
    await page.keyboard.press('x');
    await blank.waitFor({ state: 'hidden' });
    // A pressure key wakes it without logging an answer the therapist could not see.
    await page.keyboard.press('.');
    await blank.waitFor();
    await page.keyboard.press('m');
    await blank.waitFor({ state: 'hidden' });
    expect(await entries(page)).toBe(0);
    await page.keyboard.press('m');
    await expect.poll(() => entries(page)).toBe(1);
  });

  it('while the finish question is open, the page behind it takes no keys: M logs nothing and N keeps focus in the question', async () => {
    const { page } = room;
    await toHandsOn(page);
    await page.keyboard.press('j');
    await expect.poll(() => entries(page)).toBe(1);
    await page.keyboard.press('f');
    const question = page.getByRole('alertdialog', { name: 'Finish the session?' });
    await roomKeysIgnoredBy(page, question, question.getByRole('button', { name: 'Finish session' }));
    expect(await entries(page)).toBe(1);
  });

  it('the same for the key list: its keys are its own', async () => {
    const { page } = room;
    await toHandsOn(page);
    await page.keyboard.press('?');
    const keys = page.getByRole('dialog', { name: 'Keys' });
    await roomKeysIgnoredBy(page, keys, keys.getByRole('button', { name: /Close/ }));
    expect(await entries(page)).toBe(0);
  });

  it('Escape leaves the note field, keeping what was typed, and the answer keys log again', async () => {
    const { page } = room;
    await toHandsOn(page);
    await page.keyboard.press('j');
    await expect.poll(() => entries(page)).toBe(1);
    const note = page.getByLabel('Note on the last entry');
    await page.keyboard.press('n');
    await focusReaches(note);
    await page.keyboard.type('tender');
    await page.keyboard.press('Escape');
    await expect.poll(() => note.evaluate((field) => field === document.activeElement)).toBe(false);
    await page.keyboard.press('m');
    await expect.poll(() => entries(page)).toBe(2);
    expect(await note.inputValue()).toBe('tender');
  });

  it('the key list fits the window, scrolling inside itself, so its last table and Close can be reached', async () => {
    const { page } = room;
    await toHandsOn(page);
    await page.keyboard.press('?');
    const keys = page.getByRole('dialog', { name: 'Keys' });
    await keys.waitFor();
    const height = page.viewportSize()?.height ?? 0;
    const box = await keys.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= height).toBe(true);
    // Scrolled down as a wheel or End would, the last key and the Close button come into the window.
    await keys.evaluate((dialog) => dialog.scrollTo({ top: dialog.scrollHeight }));
    const close = await keys.getByRole('button', { name: /Close/ }).boundingBox();
    expect(close && close.y >= 0 && close.y + close.height <= height).toBe(true);
  });

  it('Enter on Keep going keeps going; Enter on Finish session finishes', async () => {
    const { page } = room;
    await startWithSpace(page);
    await page.keyboard.press('f');
    const question = page.getByRole('alertdialog', { name: 'Finish the session?' });
    await focusReaches(question.getByRole('button', { name: 'Finish session' }));
    await page.keyboard.press('Tab');
    await focusReaches(question.getByRole('button', { name: 'Keep going' }));
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'hidden' });
    expect(await page.getByText(/Session finished at/).count()).toBe(0);
    await page.getByRole('timer').waitFor();

    await page.keyboard.press('f');
    await focusReaches(question.getByRole('button', { name: 'Finish session' }));
    await page.keyboard.press('Enter');
    await page.getByText(/Session finished at/).waitFor();
  });

  it('once the session is finished, Space presses the record’s buttons and never opens a new session over the record', async () => {
    const { page } = room;
    await startWithSpace(page);
    await finishWithKeys(page);
    const finished = page.getByText(/Session finished at/);
    // The finish question took the focus with it; the record's first question has it now.
    await focusReaches(page.getByLabel('Pain after (0-10)'));
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    const draft = page.getByRole('button', { name: 'Save draft' });
    // Tab from the pain field to Save draft, a few fields down (bounded, so a missing button fails rather than hangs).
    for (let presses = 0; presses < 20 && !(await draft.evaluate((button) => button === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
    await focusReaches(draft);
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();
    expect(await finished.count()).toBe(1);

    // A stray Space (a pedal, from habit) on the page leaves the record on screen.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();
    expect(await finished.count()).toBe(1);

    // In the start panel below, Space starts the next session.
    const plans = page.getByRole('group', { name: 'Session plan' });
    await plans.getByRole('radio', { checked: true }).focus();
    await page.keyboard.press('Space');
    await finished.waitFor({ state: 'hidden' });
    await page.getByRole('timer').waitFor();
  });

  it('Home goes back to the room from another screen, even from a ticked box; in a text field it stays with the text', async () => {
    const { page } = room;
    await startWithSpace(page);
    await page.getByRole('button', { name: 'Clients', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: 'Session in progress' }).waitFor();
    const search = page.getByLabel('Find a client');
    await search.focus();
    await page.keyboard.type('ana');
    await page.keyboard.press('Home');
    expect(await page.getByRole('heading', { level: 1, name: 'Clients' }).count()).toBe(1);
    await page.keyboard.press('Tab');
    await focusReaches(page.getByLabel('Show archived'));
    await page.keyboard.press('Space');
    await page.keyboard.press('Home');
    await page.getByRole('timer').waitFor();
    await page.getByRole('complementary', { name: 'Session in progress' }).waitFor({ state: 'detached' });
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfText, squash } from '../helpers/handout';
import { freshDataDir } from './harness';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';
import { finishWithKeys, focusReaches } from './waits';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
const MIN = 60_000;
const rooms: SyncedRoom[] = [];
afterEach(async () => {
  for (const room of rooms.splice(0)) await room.close();
});

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses Tab (and nothing else) until the target has focus; a control Tab never reaches fails the test. */
async function tabTo(page: Page, target: Locator, limit = 250): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if ((await target.count()) === 1 && (await isFocused(target))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * The tabbable controls in document order, and the order Tab visits them from
 * the first: equal lists mean Tab follows reading order, and coming back round
 * to the first means there is no trap.
 */
async function tabCycle(page: Page): Promise<{ expected: string[]; visited: string[]; unmarked: string[] }> {
  const expected = await page.evaluate(() => {
    const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !(element as HTMLButtonElement).disabled &&
        element.checkVisibility({ visibilityProperty: true }) &&
        // The inside of a closed <details> is not shown, whatever its boxes say.
        !(element.closest('details:not([open])') && element.tagName !== 'SUMMARY'),
    );
    // Radio groups take one stop: the checked radio.
    const stops = tabbable.filter((element) => !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked));
    stops.forEach((element, index) => element.setAttribute('data-tab-stop', String(index)));
    return stops.map((_, index) => String(index));
  });
  const first = page.locator('[data-tab-stop="0"]');
  await first.focus();
  const visited: string[] = [];
  const unmarked: string[] = [];
  for (let presses = 0; presses < expected.length * 2 + 4; presses += 1) {
    const stop = await page.evaluate(() => document.activeElement?.getAttribute('data-tab-stop') ?? null);
    if (stop !== null) {
      if (stop === '0' && visited.length > 0) break;
      visited.push(stop);
      // Focus is always visible: an outline, or (the body map's SVG regions) a thick focus stroke.
      const shown = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        const rect = element.querySelector('rect');
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || (rect !== null && parseFloat(getComputedStyle(rect).strokeWidth) >= 3);
      });
      if (!shown) unmarked.push(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? ''));
    }
    await page.keyboard.press('Tab');
  }
  return { expected, visited, unmarked };
}

/** The first-run welcome, answered by keys: the clinic's name for the handout, then Save. */
async function answerWelcome(page: Page): Promise<void> {
  const welcome = page.getByRole('dialog', { name: 'Welcome to Stillpoint' });
  await welcome.waitFor();
  await expect.poll(() => welcome.getByLabel('Clinic name').evaluate((field) => field === document.activeElement)).toBe(true);
  await page.keyboard.type('Harbour Street Massage');
  await tabTo(page, welcome.getByRole('button', { name: 'Save and begin' }));
  await page.keyboard.press('Enter');
  await welcome.waitFor({ state: 'hidden' });
}

describe('the whole flow by keyboard alone', () => {
  // The whole flow in Chromium and a PDF printed: 20 s on a busy machine, so more than the default minute is allowed.
  it('from first run to a saved handout: client, screen, start, log, run over, finish, sign, PDF', { timeout: 120_000 }, async () => {
    const room = await startSyncedRoom(T0, freshDataDir({ firstRun: true }));
    rooms.push(room);
    const { page, advance } = room;
    await answerWelcome(page);
    // The welcome's focus is not left on the page: it carries on from the room's heading.
    await expect.poll(() => isFocused(page.getByRole('heading', { name: 'Ready when you are' }))).toBe(true);

    // A new client.
    await tabTo(page, page.getByRole('button', { name: 'Clients', exact: true }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'New client' }));
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'New client' });
    await tabTo(page, form.getByLabel('Name', { exact: true }));
    await page.keyboard.type('Ana Ruiz');
    await tabTo(page, form.getByRole('button', { name: 'Create client' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ana Ruiz' }).waitFor();

    // Pick her in the room and start.
    await tabTo(page, page.getByRole('button', { name: 'Room', exact: true }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Client (optional)'));
    await page.keyboard.type('ana');
    await page.getByRole('listbox', { name: 'Matching clients' }).getByRole('option', { name: 'Ana Ruiz' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: /Start session/ }));
    await page.keyboard.press('Enter');
    await page.getByRole('timer').waitFor();
    await expect.poll(() => page.getByText('Client: Ana Ruiz').isVisible()).toBe(true);

    // The key list opens with ? and Escape closes it.
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keys' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Keys' }).waitFor({ state: 'hidden' });

    // Screening: Escape closes the intake and gives focus back to its button; then filled in for real.
    const intakeButton = page.getByRole('button', { name: 'Intake and screening' });
    await tabTo(page, intakeButton);
    await page.keyboard.press('Enter');
    const intake = page.getByRole('dialog', { name: 'Intake and health screen' });
    await intake.waitFor();
    // Focus moves in and, once the dialog has gone, back to its button: each is waited for as a person sees it.
    await expect.poll(() => intake.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await intake.waitFor({ state: 'hidden' });
    await focusReaches(intakeButton);
    await page.keyboard.press('Enter');
    await intake.waitFor();
    await tabTo(page, intake.getByLabel('Open wound or skin infection'));
    await page.keyboard.press('Space');
    await tabTo(page, intake.getByLabel('Pain now (0-10)'));
    await page.keyboard.type('6');
    await tabTo(page, intake.getByRole('button', { name: 'Save intake' }));
    await page.keyboard.press('Enter');
    await intake.waitFor({ state: 'hidden' });
    await focusReaches(page.getByRole('button', { name: 'Edit intake and screening' }));

    // To hands-on work; the flags are acknowledged before the log opens.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Warm-up');
    await tabTo(page, page.getByRole('button', { name: 'Acknowledge flags' }));
    await page.keyboard.press('Enter');
    const log = page.getByRole('list', { name: 'Pressure log' });
    await log.waitFor({ state: 'attached' });

    // Tab follows reading order through the whole room and comes back round: no trap.
    const cycle = await tabCycle(page);
    expect(cycle.visited).toEqual(cycle.expected);
    expect(cycle.unmarked, 'controls whose focus is not visible').toEqual([]);

    // Feedback by single keys, wherever focus is.
    for (const key of ['m', 'j', 'l']) await page.keyboard.press(key);
    await expect.poll(() => log.getByRole('listitem').count()).toBe(3);

    // Run over by two minutes, then finish with F and Enter.
    await advance(12 * MIN);
    await expect.poll(() => page.getByRole('timer').textContent()).toBe('+2:00');
    await finishWithKeys(page);

    // Sign the record.
    await tabTo(page, page.getByLabel('Pain after (0-10)'));
    await page.keyboard.type('3');
    await tabTo(page, page.getByLabel('Your name (signature)'));
    await page.keyboard.type('Mia Chen');
    await tabTo(page, page.getByRole('button', { name: 'Sign record' }));
    await page.keyboard.press('Enter');
    await page.getByText(/Signed by Mia Chen/).waitFor();

    // The handout, written from the session and saved as PDF.
    await tabTo(page, page.getByRole('button', { name: 'Write the aftercare handout' }));
    await page.keyboard.press('Enter');
    // The button pressed went with the room; the keyboard carries on from the new screen's heading.
    await expect.poll(() => isFocused(page.getByRole('heading', { name: 'Aftercare handout', level: 1 }))).toBe(true);
    const details = page.getByRole('form', { name: 'Handout details' });
    await expect.poll(() => details.getByLabel('Client name').inputValue()).toBe('Ana Ruiz');
    await tabTo(page, details.getByRole('button', { name: 'Write the handout' }));
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Handout preview' }).waitFor();
    // The details went with the button pressed: the keyboard carries on from the editor's first control.
    await expect.poll(() => isFocused(page.getByRole('button', { name: 'Back to the details' }))).toBe(true);
    const save = page.getByRole('button', { name: 'Save as PDF' });
    await tabTo(page, save);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')]);
    // Saving keeps the focus where it was, so Enter can save again and Tab goes on from the button.
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Downloaded / }).count()).toBeGreaterThan(0);
    expect(await isFocused(save)).toBe(true);
    const saved = path.join(mkdtempSync(path.join(tmpdir(), 'stillpoint-pdf-')), 'keyboard.pdf');
    await download.saveAs(saved);
    const text = squash(pdfText(saved));
    expect(text).toContain('Harbour Street Massage');
    expect(text).toContain('Aftercare for Ana Ruiz');
    expect(text).toContain('You rated your pain 6 out of 10 before the session and 3 out of 10 after it.');
    expect(text).toContain('You mentioned an open wound or a skin infection.');
  });
});

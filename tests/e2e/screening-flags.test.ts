import { afterEach, describe, expect, it } from 'vitest';
import { roomWithAna, startSessionFor } from './flows';
import { finishWithKeys } from './waits';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// Areas read in the body chart's order, whatever order they were ticked in; the knees sit among them like any other.
const flag = 'Open wound or skin infection (graze) — avoid the calves, abdomen and knees';

describe('a screening flag, from the intake to the next visit', () => {
  it('reads as one plain line in the room, the record and the note, and comes back the same at the next visit', async () => {
    const page = await roomWithAna(cleanups);
    await page.getByRole('button', { name: 'Intake and screening' }).click();
    const intake = page.getByRole('dialog', { name: 'Intake and health screen' });
    await intake.getByLabel('Open wound or skin infection').check();
    await intake.getByLabel('Note on open wound or skin infection').fill('graze');
    const avoid = intake.getByRole('group', { name: 'Areas to avoid' });
    await avoid.getByLabel('Knees').check();
    await avoid.getByLabel('Abdomen').check();
    await avoid.getByLabel('Calves').check();
    await intake.getByLabel('Pain now (0-10)').fill('5');
    await intake.getByRole('button', { name: 'Save intake' }).click();
    await expect.poll(() => intake.isVisible()).toBe(false);

    // In the room: one line per flag, "avoid" said once.
    const banner = page.getByRole('region', { name: /Screening flags/ });
    await expect.poll(() => banner.getByRole('listitem').allTextContents()).toEqual([flag]);
    await page.getByRole('button', { name: 'Acknowledge flags' }).click();
    await expect.poll(() => page.getByText(/Decision: Proceed, avoiding the flagged areas/).isVisible()).toBe(true);

    // The record and the drafted note say the same, once.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Shift+6');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Wrap-up & aftercare');
    await finishWithKeys(page);
    await expect.poll(() => page.getByLabel('Subjective').inputValue()).toContain(`Reported: ${flag}.`);
    await expect.poll(() => page.getByRole('region', { name: 'Screening', exact: true }).textContent()).toContain(`${flag}.`);

    // The next visit carries the flag, worded the same, until she is screened again.
    await page.getByRole('button', { name: 'Room' }).click();
    await startSessionFor(page, 'Ana Ruiz', 'ana');
    const carried = page.getByRole('region', { name: /Last visit’s screening flags/ });
    await expect.poll(() => carried.getByRole('listitem').allTextContents()).toEqual([flag]);
  });
});

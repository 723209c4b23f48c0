import { afterEach, describe, expect, it } from 'vitest';
import { roomWithAna, startSessionFor } from './flows';
import { finishWithKeys } from './waits';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('allergies and medications at intake', () => {
  it('are asked at intake, stay in view in the room, go into the note, and come back at the next visit', async () => {
    const page = await roomWithAna(cleanups);
    await page.getByRole('button', { name: 'Intake and screening' }).click();
    const intake = page.getByRole('dialog', { name: 'Intake and health screen' });
    await intake.waitFor();
    // Nothing of the room shows through the dialog: not even the keys printed on its buttons.
    const keysOnTop = await page.evaluate(() =>
      [...document.querySelectorAll('kbd')]
        .filter((key) => !key.closest('[role="dialog"]') && key.checkVisibility())
        .filter((key) => {
          const box = key.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return hit === key || (hit !== null && key.contains(hit));
        })
        .map((key) => key.textContent),
    );
    expect(keysOnTop).toEqual([]);
    await intake.getByLabel('Allergies (oils, lotions, latex, scents)').fill('almond oil, latex');
    await intake.getByLabel('Medications').fill('warfarin');
    await intake.getByLabel('Pain now (0-10)').fill('5');
    await intake.getByRole('button', { name: 'Save intake' }).click();
    await expect.poll(() => intake.isVisible()).toBe(false);

    // Beside the client's name for the whole session: the oil is chosen, and the pressure set, with both in view.
    await expect.poll(() => page.getByText('Allergies: almond oil, latex', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Medications: warfarin', { exact: true }).isVisible()).toBe(true);

    await page.keyboard.press('Shift+6');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Wrap-up & aftercare');
    await finishWithKeys(page);
    await expect.poll(() => page.getByLabel('Subjective').inputValue()).toContain('Allergies: almond oil, latex. Medications: warfarin.');
    await expect.poll(() => page.getByRole('region', { name: 'Screening' }).textContent()).toContain('Allergies: almond oil, latex. Medications: warfarin.');

    // The next visit starts from what she said last time, for the therapist to confirm.
    await page.getByRole('button', { name: 'Room' }).click();
    await startSessionFor(page, 'Ana Ruiz', 'ana');
    await page.getByRole('button', { name: 'Intake and screening' }).click();
    await expect.poll(() => intake.getByLabel('Allergies (oils, lotions, latex, scents)').inputValue()).toBe('almond oil, latex');
    await expect.poll(() => intake.getByLabel('Medications').inputValue()).toBe('warfarin');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';
import { startWithSpace } from './waits';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

let room: SyncedRoom;
beforeAll(async () => {
  room = await startSyncedRoom(T0);
  const { page } = room;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await startWithSpace(page);
  await page.getByRole('button', { name: 'Intake and screening' }).click();
  const intake = page.getByRole('dialog', { name: 'Intake and health screen' });
  await intake.getByRole('checkbox', { name: 'History of blood clots or a clotting disorder' }).check();
  await intake.getByRole('checkbox', { name: 'Pregnancy' }).check();
  await intake.getByLabel('Pain now (0-10)').fill('4');
  await intake.getByRole('button', { name: 'Save intake' }).click();
  await intake.waitFor({ state: 'detached' });
});
afterAll(async () => {
  await room.close();
});

describe('the care column on a 1366x768 window', () => {
  it('after the flags are acknowledged far down the column, the pressure log opens in view at the next hands-on phase', async () => {
    const { page } = room;
    // Clicking scrolls the care column down to the button, as a person scrolls to reach it.
    await page.getByRole('button', { name: 'Acknowledge flags' }).click();
    await page.getByText('Decision: Proceed, avoiding the flagged areas').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 1, name: 'Warm-up' }).waitFor();
    const feedback = page.getByRole('group', { name: 'Client feedback' });
    await feedback.waitFor();
    const inView = () =>
      feedback.evaluate((group) => {
        const box = group.getBoundingClientRect();
        const column = group.closest('.room-care')?.getBoundingClientRect();
        return !!column && box.top >= column.top - 0.5 && box.bottom <= column.bottom + 0.5 && box.bottom <= innerHeight;
      });
    await expect.poll(inView).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

let room: SyncedRoom;
beforeAll(async () => {
  room = await startSyncedRoom(T0);
});
afterAll(async () => {
  await room.close();
});

/** Whether the whole box lies inside the window as it is now, without scrolling the page. */
const inWindow = (box: { y: number; height: number } | null, height: number): boolean => box !== null && box.y >= 0 && box.y + box.height <= height;

describe('the start screen with every built-in plan listed', () => {
  it.each([
    [1366, 768],
    [1024, 600],
  ])('at %ix%i the Start session button is on screen without scrolling, and the last plan can still be chosen', async (width, height) => {
    const { page } = room;
    await page.setViewportSize({ width, height });
    const start = page.getByRole('button', { name: /Start session/ });
    await start.waitFor();
    const plans = page.getByRole('group', { name: 'Session plan' }).getByRole('radio');
    expect(await plans.count()).toBeGreaterThanOrEqual(7);
    expect(inWindow(await start.boundingBox(), height)).toBe(true);

    const last = plans.last();
    await last.check();
    await expect.poll(() => last.isChecked()).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(inWindow(await start.boundingBox(), height)).toBe(true);
  });
});

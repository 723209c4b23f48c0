import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';
import { startWithSpace } from './waits';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
const rooms: SyncedRoom[] = [];
afterEach(async () => {
  for (const room of rooms.splice(0)) await room.close();
});

async function open(): Promise<SyncedRoom> {
  const room = await startSyncedRoom(T0);
  rooms.push(room);
  await room.page.getByRole('heading', { name: 'Ready when you are' }).waitFor();
  return room;
}

const selection = (page: Page) => page.locator('.pressure__current').textContent();

describe("the room's own state", () => {
  it('Space starts the plan chosen with the arrow keys, while focus is on its radio button', async () => {
    const { page } = await open();
    const plans = page.getByRole('group', { name: 'Session plan' }).getByRole('radio');
    await plans.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => plans.nth(1).isChecked()).toBe(true);
    const chosen = (await plans.nth(1).evaluate((radio) => radio.closest('label')?.textContent)) ?? '';
    await page.keyboard.press('Space');
    await page.getByRole('timer').waitFor();
    expect(chosen).toContain((await page.locator('.room__plan').textContent()) ?? 'no plan shown');
  });

  it('a reload keeps the region, technique and pressure the therapist had chosen', async () => {
    const { page } = await open();
    // The heading shows before the plans arrive; Space starts a session only once Start can.
    await startWithSpace(page);
    await page.keyboard.press('Shift+3');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Warm-up');
    await expect.poll(() => selection(page)).toBe('Upper back · Effleurage · pressure 5');
    for (const key of ['r', 'r', 't', 't', '8']) await page.keyboard.press(key);
    await expect.poll(() => selection(page)).toBe('Glutes · Friction · pressure 8');

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Warm-up');
    await expect.poll(() => selection(page)).toBe('Glutes · Friction · pressure 8');
  });
});

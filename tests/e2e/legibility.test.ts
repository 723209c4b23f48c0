import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { artifactsDir } from './harness';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
let room: SyncedRoom;
beforeAll(async () => {
  room = await startSyncedRoom(T0);
});
afterAll(async () => {
  await room.close();
});

describe('shot', () => {
  it('shot', async () => {
    const { page } = room;
    mkdirSync(artifactsDir, { recursive: true });
    await page.getByRole('heading', { name: 'Ready when you are' }).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('timer').waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'before-room.png') });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('list', { name: 'Pressure log' }).waitFor({ state: 'attached' });
    for (const key of ['m', 'j', 'l']) await page.keyboard.press(key);
    await page.screenshot({ path: path.join(artifactsDir, 'before-handson.png') });
    await page.screenshot({ path: path.join(artifactsDir, 'before-handson-full.png'), fullPage: true });
  });
});

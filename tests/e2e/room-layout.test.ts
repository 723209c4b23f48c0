import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planOf } from '../helpers/sessions';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
const LONG_NAME = 'Myofascialreleaseofthewholeposteriorchainfromheeltoskullbase';

let room: SyncedRoom;
/** The room running the long-names plan, past the end of its first phase. */
async function runOverWithLongNameNext(): Promise<void> {
  // A plan a therapist could save: one-minute phases, the second with a 60-letter name and no spaces.
  const plan = { ...planOf(['Arrival', 1, 0], [LONG_NAME, 1, 0], ['Wrap-up', 1, 0]), id: 'long-names', name: 'Long names' };
  if (!(await room.mode.backend.handle('plans.save', { plan })).ok) throw new Error('The long-names plan was not saved.');
  await room.page.reload();
  await room.page.getByRole('radio', { name: /Long names/ }).check();
  await room.page.getByRole('button', { name: /Start session/ }).click();
  await room.page.getByRole('timer').waitFor();
  // Into the overrun: the digits gain a "+", and the cue names the long phase next.
  await room.advance(81_000);
  await room.page.getByRole('timer', { name: 'Arrival overrun' }).waitFor();
  // The room at its fullest: the cue that named the next phase and the note on what later phases gave.
  await room.page.getByText(/^Arrival is done\. Next: /).waitFor();
  await room.page.getByText(/^Later phases gave/).waitFor();
}
beforeAll(async () => {
  room = await startSyncedRoom(T0);
  await runOverWithLongNameNext();
});
afterAll(async () => {
  await room.close();
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the running room in a short window, running over, with a long phase name next', () => {
  it.each([
    [1366, 768],
    [1280, 650],
    [1024, 600],
  ])('at %ix%i the digits overlap neither the phase name nor what follows them, and nothing runs off the side', async (width, height) => {
    const { page } = room;
    await page.setViewportSize({ width, height });
    // The digits, the phase name above them, the next phase and the session's time left below.
    const timer = page.getByRole('timer');
    const title = page.getByRole('heading', { level: 1 });
    const next = page.getByText(/^Next: /);
    const sessionLeft = page.getByText('Session left');
    await expect.poll(async () => (await timer.boundingBox())?.height ?? 0).toBeGreaterThan(0);
    const box = async (locator: typeof timer): Promise<Box> => (await locator.boundingBox())!;
    const digits = await box(timer);
    expect(overlaps(digits, await box(title)), 'digits over the phase name').toBe(false);
    expect(overlaps(digits, await box(next)), 'digits over the next phase').toBe(false);
    expect(overlaps(await box(next), await box(sessionLeft)), 'next phase over the time left').toBe(false);
    // Still legible from across the room with the cue and the rebalance note showing: at least 64 px high.
    expect(digits.height).toBeGreaterThanOrEqual(64);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await page.getByText(LONG_NAME, { exact: false }).first().isVisible()).toBe(true);
  });
});

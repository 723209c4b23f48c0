import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planOf } from '../helpers/sessions';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';
import { startWithSpace } from './waits';

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
const within = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

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

/**
 * How much of `target` a person sees: its box cut by every box around it that clips (a column that
 * scrolls, a panel that hides its overflow) and by the window.
 */
function seenBox(target: Locator): Promise<Box> {
  return target.evaluate((element) => {
    let { top, left, bottom, right } = element.getBoundingClientRect();
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (getComputedStyle(node).overflow === 'visible') continue;
      const around = node.getBoundingClientRect();
      top = Math.max(top, around.top);
      left = Math.max(left, around.left);
      bottom = Math.min(bottom, around.bottom);
      right = Math.min(right, around.right);
    }
    top = Math.max(top, 0);
    left = Math.max(left, 0);
    bottom = Math.min(bottom, innerHeight);
    right = Math.min(right, innerWidth);
    return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
  });
}

describe('the running room logging pressure, running over with its cue showing', () => {
  let handsOn: SyncedRoom;
  beforeAll(async () => {
    handsOn = await startSyncedRoom(T0);
    const { page } = handsOn;
    await startWithSpace(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 1, name: 'Warm-up' }).waitFor();
    await page.getByRole('group', { name: 'Client feedback' }).waitFor();
    // Six answers, on two regions, as a therapist logs them by keys.
    for (const key of ['8', 'm', 'm', 'j', 'r', '6', 'l', 'j', 's']) await page.keyboard.press(key);
    await page.getByRole('list', { name: 'Pressure log' }).getByRole('listitem').nth(5).waitFor();
    // A minute past the end of warm-up: its cue is up and the digits count the overrun.
    await handsOn.advance(11 * 60_000);
    await page.getByText(/^Warm-up is done\. Next: /).waitFor();
    await page.getByRole('timer', { name: 'Warm-up overrun' }).waitFor();
  });
  afterAll(async () => {
    await handsOn.close();
  });

  it.each([
    [1366, 768],
    [1280, 768],
    [1920, 1080],
  ])('at %ix%i the pressure panel is whole, clear of the phase strip, its newest entry in view and its digits large', async (width, height) => {
    const { page } = handsOn;
    await page.setViewportSize({ width, height });
    const panel = page.getByRole('region', { name: 'Pressure feedback' });
    const strip = page.getByRole('list', { name: 'Phases' });
    const controls = page.getByRole('group', { name: 'Session controls' });
    await expect.poll(async () => (await strip.boundingBox())?.width ?? 0).toBeGreaterThan(width / 2);
    const box = async (locator: Locator): Promise<Box> => (await locator.boundingBox())!;
    const panelBox = await box(panel);
    expect(overlaps(panelBox, await box(strip)), 'pressure panel under the phase strip').toBe(false);
    expect(overlaps(panelBox, await box(controls)), 'pressure panel under the session controls').toBe(false);
    // Each thing the therapist needs from the panel is seen whole: nothing cut at an edge, nothing off the side.
    const needed: Record<string, Locator> = {
      'the panel': panel,
      'the region, technique and pressure': panel.getByText(/ · pressure \d+$/),
      'the last answer logged': panel.getByRole('status'),
      'the newest entry': panel.getByRole('list', { name: 'Pressure log' }).getByRole('listitem').first(),
      ...Object.fromEntries(['More', 'Just right', 'Less', 'Stop'].map((name) => [`the ${name} button`, panel.getByRole('group', { name: 'Client feedback' }).getByRole('button', { name })])),
      ...Object.fromEntries(
        Array.from({ length: 10 }, (_, index) => [`pressure ${index + 1}`, panel.getByRole('group', { name: 'Pressure level' }).getByRole('button', { name: String(index + 1), exact: true })]),
      ),
    };
    const cut: string[] = [];
    for (const [name, target] of Object.entries(needed)) {
      const [whole, seen] = [await box(target), await seenBox(target)];
      if (seen.width < whole.width - 0.5 || seen.height < whole.height - 0.5 || !within(whole, panelBox)) cut.push(name);
    }
    expect(cut).toEqual([]);
    // The pressure digits keep their size; the time left stays legible from across the room.
    const digitPx = await panel.getByRole('group', { name: 'Pressure level' }).getByRole('button').first().evaluate((button) => parseFloat(getComputedStyle(button).fontSize));
    expect(digitPx).toBeGreaterThanOrEqual(24);
    expect((await box(page.getByRole('timer'))).height).toBeGreaterThanOrEqual(64);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
});

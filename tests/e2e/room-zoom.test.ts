import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';
import { focusReaches, startWithSpace } from './waits';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

/**
 * Whether a person can see the whole of `target`: scrolled to as a person can scroll (the page or a
 * column that scrolls; a box that clips its overflow cannot be scrolled by hand), it lies inside the
 * window and every box around it, and nothing else is drawn over its middle.
 */
async function wholeOnScreen(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const around: Element[] = [];
    for (let node = element.parentElement; node; node = node.parentElement) around.push(node);
    const clips = (node: Element): boolean => /(hidden|clip)/.test(getComputedStyle(node).overflow);
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    for (const node of around.filter(clips)) {
      node.scrollTop = 0;
      node.scrollLeft = 0;
    }
    const box = element.getBoundingClientRect();
    const within = (outer: { top: number; left: number; bottom: number; right: number }): boolean =>
      box.top >= outer.top - 0.5 && box.left >= outer.left - 0.5 && box.bottom <= outer.bottom + 0.5 && box.right <= outer.right + 0.5;
    const inside = box.width > 0 && within({ top: 0, left: 0, bottom: innerHeight, right: innerWidth });
    const unclipped = around.filter((node) => getComputedStyle(node).overflow !== 'visible').every((node) => within(node.getBoundingClientRect()));
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return inside && unclipped && !!top && (element === top || element.contains(top));
  });
}

let room: SyncedRoom;
beforeAll(async () => {
  room = await startSyncedRoom(T0);
  const { page } = room;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await startWithSpace(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { level: 1, name: 'Warm-up' }).waitFor();
  await page.getByRole('group', { name: 'Client feedback' }).waitFor();
  await page.keyboard.press('j');
  await page.getByRole('list', { name: 'Pressure log' }).getByRole('listitem').waitFor();
  // A note with one long unbroken word, as a pasted address or a held key makes.
  await page.keyboard.press('n');
  await focusReaches(page.getByLabel('Note on the last entry'));
  await page.keyboard.type('x'.repeat(200));
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: 'Pressure log' }).getByText(/x{200}/).waitFor();
  // A 1366x768 screen at 200% zoom gives the page half the CSS pixels each way.
  await page.setViewportSize({ width: 683, height: 384 });
});
afterAll(async () => {
  await room.close();
});

describe('the room on a 1366x768 screen zoomed to 200%', () => {
  it('never needs a sideways scroll, even for a note of one long word', async () => {
    const { page } = room;
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  });

  it('shows the whole of each thing needed at the table, none drawn over another', async () => {
    const { page } = room;
    const needed: Record<string, Locator> = {
      'the phase name': page.getByRole('heading', { level: 1, name: 'Warm-up' }),
      'the time left': page.getByRole('timer'),
      ...Object.fromEntries(
        ['Back', '−1 min', 'Pause', '+1 min', 'Next', 'Finish'].map((name) => [`the ${name} button`, page.getByRole('group', { name: 'Session controls' }).getByRole('button', { name })]),
      ),
      ...Object.fromEntries(['More', 'Just right', 'Less', 'Stop'].map((name) => [`the ${name} feedback button`, page.getByRole('group', { name: 'Client feedback' }).getByRole('button', { name })])),
      ...Object.fromEntries(['Room', 'Clients', 'Handout', 'Plans', 'Settings', 'Data', 'Help'].map((name) => [`the ${name} tab`, page.getByRole('navigation').getByRole('button', { name, exact: true })])),
    };
    const cutOff: string[] = [];
    for (const [name, target] of Object.entries(needed)) if (!(await wholeOnScreen(target))) cutOff.push(name);
    expect(cutOff).toEqual([]);
  });
});

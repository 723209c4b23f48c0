import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { timerSeconds } from './harness';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';
import { startWithSpace } from './waits';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
const MIN = 60_000;
const rooms: SyncedRoom[] = [];
afterEach(async () => {
  for (const room of rooms.splice(0)) await room.close();
});

declare global {
  interface Window {
    /** How many chimes the page asked the sound card for (each chime is one gain stage ramped up). */
    chimesRequested?: number;
  }
}

/** Counts every chime the app asks for, by the sound it builds, without changing what it plays. */
function countChimes(): void {
  window.chimesRequested = 0;
  const createGain = AudioContext.prototype.createGain;
  AudioContext.prototype.createGain = function countedGain(this: AudioContext) {
    const gain = createGain.call(this);
    const ramp = gain.gain.linearRampToValueAtTime.bind(gain.gain);
    // Only a chime's master gain ramps up linearly; its partials' gains are set once.
    gain.gain.linearRampToValueAtTime = (value, endTime) => {
      window.chimesRequested = (window.chimesRequested ?? 0) + 1;
      return ramp(value, endTime);
    };
    return gain;
  };
}

const chimes = (page: Page) => page.evaluate(() => window.chimesRequested ?? 0);
const strip = (page: Page) => page.getByRole('complementary', { name: 'Session in progress' });
const stripSeconds = async (page: Page) => timerSeconds((await strip(page).getByRole('timer').textContent()) ?? '');
const cueNotice = (page: Page) => page.getByRole('status', { name: 'Cue', exact: true });

async function openRunningRoom(): Promise<SyncedRoom> {
  const room = await startSyncedRoom(T0);
  rooms.push(room);
  await room.page.addInitScript(countChimes);
  await room.page.reload();
  await startWithSpace(room.page);
  return room;
}

describe('cues on every screen', () => {
  it('a cue due while Clients is open is heard and read there, once; going back to the room replays nothing', async () => {
    const { page, advance } = await openRunningRoom();
    await page.getByRole('button', { name: 'Clients' }).click();
    await page.getByRole('heading', { name: 'Clients' }).waitFor();
    await expect.poll(() => strip(page).textContent()).toContain('Arrival & intake');
    await advance(5 * MIN - 1);
    await expect.poll(() => stripSeconds(page)).toBe(1);
    expect(await chimes(page)).toBe(0);

    // How late it is heard is the bench's figure (cue_heard_elsewhere_*); here: heard and read, once.
    await advance(1);
    await expect.poll(() => chimes(page)).toBe(1);
    await expect.poll(() => cueNotice(page).textContent()).toContain('Arrival & intake is done.');
    expect(await chimes(page)).toBe(1);

    await page.keyboard.press('Escape');
    await expect.poll(() => cueNotice(page).count()).toBe(0);
    await page.keyboard.press('Home');
    await page.getByRole('group', { name: 'Session controls' }).waitFor();
    expect(await page.locator('.room__glow').count()).toBe(0);
    expect(await chimes(page)).toBe(1);
    await expect.poll(() => strip(page).count()).toBe(0);
  });

  it('a cue due on Plans is heard there too; with silent mode set on Settings it is read but not heard', async () => {
    const { page, advance } = await openRunningRoom();
    await page.getByRole('button', { name: 'Plans' }).click();
    await expect.poll(() => strip(page).textContent()).toContain('Arrival & intake');
    await advance(5 * MIN);
    await expect.poll(() => cueNotice(page).textContent()).toContain('Arrival & intake is done.');
    await expect.poll(() => chimes(page)).toBe(1);

    await strip(page).getByRole('button', { name: /Back to the session/ }).click();
    await page.getByRole('group', { name: 'Session controls' }).waitFor();
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Consultation & assessment');
    await page.getByRole('button', { name: 'Settings' }).click();
    // The setting is saved first and then shown, so the box ticks once the room settings come back.
    await page.getByLabel(/Silent mode/).click();
    await expect.poll(() => page.getByLabel(/Silent mode/).isChecked()).toBe(true);
    await advance(5 * MIN);
    await expect.poll(() => cueNotice(page).textContent()).toContain('Consultation & assessment is done.');
    expect(await chimes(page)).toBe(1);
  });
});

import type { Page } from 'playwright-core';
import { startBrowserMode, type BrowserMode } from '../../electron/browser-mode/server';
import { ManualClock } from '../helpers/manual-clock';
import { distDir, launchBrowser, freshDataDir } from './harness';

export interface SyncedRoom {
  page: Page;
  clock: ManualClock;
  mode: BrowserMode;
  /** Moves the server's clock (firing cues at their instants) and the page's Date together. */
  advance(ms: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Browser mode in this process with a ManualClock, and a page whose Date is
 * pinned to that clock: the server and the screen always agree on "now", and a
 * 60-minute session runs in seconds. Page timers (repaint, dialogs) still run.
 */
export async function startSyncedRoom(startAt: number, dataDir = freshDataDir()): Promise<SyncedRoom> {
  const clock = new ManualClock(startAt);
  const mode = await startBrowserMode({ dataDir, distDir, clock });
  const browser = await launchBrowser();
  const { page } = browser;
  page.setDefaultTimeout(10_000);
  await page.clock.setFixedTime(startAt);
  await page.goto(mode.url);
  return {
    page,
    clock,
    mode,
    async advance(ms) {
      clock.advance(ms);
      await page.clock.setFixedTime(clock.now());
    },
    async close() {
      await browser.close();
      await mode.close();
    },
  };
}

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs } from '../../electron/browser-mode/chromium';
import { startBrowserMode, type BrowserMode, type BrowserModeOptions } from '../../electron/browser-mode/server';
import { skipWelcome } from '../helpers/welcome';
import type { BenchContext } from './framework';

/** The shared flags, plus sound allowed without a gesture so cues can play. */
const benchArgs = [...chromiumArgs(), '--autoplay-policy=no-user-gesture-required'];
export interface RoomInChromium {
  browser: Browser;
  page: Page;
  /** The address with the per-run token, as `npm run serve` prints it. */
  url: string;
  close(): Promise<void>;
}

/**
 * The built renderer (dist/) served by browser mode over the real services,
 * with an empty data folder (or one `fill` writes first), and a Chromium with
 * a fresh profile (every launch gets a new temporary profile) showing one
 * page, not yet navigated. The data folder is nested, so backups and
 * quarantine beside it stay inside the temporary folder.
 */
export async function openRoom(
  context: BenchContext,
  fill?: (dataDir: string) => void,
  modeOptions: Pick<BrowserModeOptions, 'printerReadyAtStart'> = {},
): Promise<RoomInChromium & { mode: BrowserMode }> {
  const base = mkdtempSync(path.join(os.tmpdir(), 'stillpoint-bench-data-'));
  const dataDir = path.join(base, 'data');
  let mode: BrowserMode | undefined;
  let browser: Browser | undefined;
  try {
    mkdirSync(dataDir, { recursive: true });
    fill?.(dataDir);
    skipWelcome(dataDir);
    mode = await startBrowserMode({ dataDir, distDir: path.join(context.root, 'dist'), ...modeOptions });
    browser = await chromium.launch({ executablePath: context.chromiumPath, headless: true, args: benchArgs });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const opened = { mode, browser };
    return {
      mode,
      browser,
      page,
      url: mode.url,
      close: async () => {
        await opened.browser.close();
        await opened.mode.close();
        rmSync(base, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await mode?.close();
    rmSync(base, { recursive: true, force: true });
    throw error;
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serveBarePages } from './bare-page';
import { openRoom } from './chromium';
import type { BenchModule } from './framework';
import { median, round2 } from './stats';

const LOADS = 7;

/**
 * Runs in the page before any of its scripts: notes the moment the room
 * screen is usable, i.e. the frame in which the Start button is first shown
 * and enabled. Kept as text so the bundler cannot rewrite it.
 */
const usableProbe = `(() => {
  const usable = () => [...document.querySelectorAll('button')].some(
    (button) => !button.disabled && /Start session/.test(button.textContent || '') && button.checkVisibility(),
  );
  const observer = new MutationObserver(() => {
    if (!usable()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__stillpointUsableAt = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

interface LoadTimings {
  firstPaint: number;
  firstContentfulPaint: number;
  usable: number;
  /** Milestones on the way, to show where the time goes. */
  scriptLoaded: number;
  domContentLoaded: number;
  firstInvokeStart: number;
  lastInvokeEnd: number;
}

const milestones: Record<string, keyof LoadTimings> = {
  script_loaded_ms: 'scriptLoaded',
  dom_content_loaded_ms: 'domContentLoaded',
  first_contract_call_start_ms: 'firstInvokeStart',
  last_contract_call_end_ms: 'lastInvokeEnd',
  first_contentful_paint_ms: 'firstContentfulPaint',
};

/** gzip (level 9, as a server or installer would compress) of every script the renderer ships. */
function shippedJsGzipBytes(distDir: string): { files: number; raw: number; gzip: number } {
  const assets = path.join(distDir, 'assets');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const file of scripts) {
    const body = readFileSync(path.join(assets, file));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: scripts.length, raw, gzip };
}

/** One cold load of the room page (or the bare page) in a new browser context: its own empty cache and storage, its own renderer process. */
async function measureLoad(browser: Browser, url: string, bare = false): Promise<LoadTimings> {
  const browserContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await browserContext.newPage();
    await page.addInitScript(usableProbe);
    await page.goto(url, { waitUntil: 'load' });
    // Paint entries are filed a little after the frame itself, so wait for them too.
    await page.waitForFunction(
      () => '__stillpointUsableAt' in window && performance.getEntriesByName('first-contentful-paint', 'paint').length > 0,
      undefined,
      { timeout: 30_000 },
    );
    const timings = await page.evaluate((): LoadTimings => {
      const paint = (name: string): number => performance.getEntriesByName(name, 'paint')[0]?.startTime ?? Number.NaN;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const invokes = resources.filter((entry) => entry.name.includes('/api/invoke/'));
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        firstPaint: paint('first-paint'),
        firstContentfulPaint: paint('first-contentful-paint'),
        usable: (window as unknown as { __stillpointUsableAt: number }).__stillpointUsableAt,
        scriptLoaded: Math.max(...resources.filter((entry) => entry.name.endsWith('.js')).map((entry) => entry.responseEnd)),
        domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
        firstInvokeStart: Math.min(...invokes.map((entry) => entry.startTime)),
        lastInvokeEnd: Math.max(...invokes.map((entry) => entry.responseEnd)),
      };
    });
    // The bare page has no scripts or contract calls, so no milestones on the way; the room must have every one.
    const needed = bare ? [timings.firstPaint, timings.firstContentfulPaint, timings.usable] : Object.values(timings);
    if (!needed.every(Number.isFinite)) throw new Error(`Chromium reported no paint timings: ${JSON.stringify(timings)}`);
    return timings;
  } finally {
    await browserContext.close();
  }
}

export const startupBenchmark: BenchModule = {
  id: 'startup',
  title: 'Start-up of the built renderer',
  figures: ['renderer_first_paint_ms', 'renderer_interactive_ms', 'renderer_js_gzip_kb'],
  needsChannels: ['app.start'],
  async run(context) {
    const js = shippedJsGzipBytes(path.join(context.root, 'dist'));
    // As the desktop app opens its window: the browser is already running, the page and its renderer are new.
    // The first load is not counted: it waits on the browser's own start-up work (such as its address-bar pop-up page).
    // Each room load is followed by a load of the bare start button in the same browser: this machine's floor, side by side.
    const loads: LoadTimings[] = [];
    const bareLoads: LoadTimings[] = [];
    const room = await openRoom(context);
    const bare = await serveBarePages();
    try {
      for (let load = 0; load <= LOADS; load += 1) {
        const timings = await measureLoad(room.browser, room.url);
        const bareTimings = await measureLoad(room.browser, bare.url('start-button'), true);
        if (load > 0) loads.push(timings);
        if (load > 0) bareLoads.push(bareTimings);
      }
    } finally {
      await bare.close();
      await room.close();
    }
    // The earlier method, kept beside it: a new browser for every load, whose own start-up competes with the page.
    const withBrowserStart: number[] = [];
    for (let load = 0; load < LOADS; load += 1) {
      const fresh = await openRoom(context);
      try {
        withBrowserStart.push((await measureLoad(fresh.browser, fresh.url)).usable);
      } finally {
        await fresh.close();
      }
    }
    context.log(`startup: ${LOADS} loads in one browser, ${LOADS} in a new browser each`);
    const middle = (pick: (timings: LoadTimings) => number): number => round2(median(loads.map(pick)));
    return {
      figures: {
        renderer_first_paint_ms: middle((t) => t.firstPaint),
        renderer_interactive_ms: middle((t) => t.usable),
        renderer_js_gzip_kb: round2(js.gzip / 1000),
      },
      repetitions: LOADS,
      details: {
        interactive_ms_bare_page: round2(median(bareLoads.map((t) => t.usable))),
        first_paint_ms_bare_page: round2(median(bareLoads.map((t) => t.firstPaint))),
        bare_page: 'a page holding only an enabled Start session button and no script, served on 127.0.0.1, loaded in the same browser right after each room load',
        median_milestones: Object.fromEntries(Object.entries(milestones).map(([name, key]) => [name, middle((t) => t[key])])),
        interactive_ms_each: loads.map((t) => round2(t.usable)),
        interactive_ms_new_browser_each_load: round2(median(withBrowserStart)),
        interactive_ms_new_browser_each: withBrowserStart.map(round2),
        js_files: js.files,
        js_raw_kb: round2(js.raw / 1000),
      },
    };
  },
};

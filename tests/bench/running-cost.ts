import type { Browser, CDPSession } from 'playwright-core';
import { serveBarePages } from './bare-page';
import { openRoom } from './chromium';
import type { BenchModule } from './framework';
import { round2 } from './stats';

const WINDOW_SECONDS = 60;
/** Lets start-up work (first renders, fonts, the first push) finish before the window opens. */
const SETTLE_MS = 3_000;

interface Snapshot {
  at: number;
  /** CPU seconds per Chromium process, by type. */
  processes: { id: number; type: string; cpuTime: number }[];
  /** CPU seconds of the room page's own renderer process (Performance.getMetrics ProcessTime). */
  roomSeconds: number;
  /** The page's main-thread totals from Performance.getMetrics, in seconds. */
  taskSeconds: number;
  scriptSeconds: number;
}

async function snapshot(browserCdp: CDPSession, pageCdp: CDPSession): Promise<Snapshot> {
  const [{ processInfo }, { metrics }] = await Promise.all([
    browserCdp.send('SystemInfo.getProcessInfo'),
    pageCdp.send('Performance.getMetrics'),
  ]);
  const metric = (name: string): number => metrics.find((each) => each.name === name)?.value ?? Number.NaN;
  return {
    at: performance.now(),
    processes: processInfo.map(({ id, type, cpuTime }) => ({ id, type, cpuTime })),
    roomSeconds: metric('ProcessTime'),
    taskSeconds: metric('TaskDuration'),
    scriptSeconds: metric('ScriptDuration'),
  };
}

/** CPU seconds spent between two snapshots by the processes of one type (a process that appeared counts from zero). */
function cpuSecondsOf(type: string, before: Snapshot, after: Snapshot): number {
  return after.processes
    .filter((process) => process.type === type)
    .reduce((sum, process) => sum + process.cpuTime - (before.processes.find((old) => old.id === process.id)?.cpuTime ?? 0), 0);
}

function secondsShown(text: string | null): number {
  const parts = (text ?? '').replace('+', '').split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** The renderer CPU of the bare three-clocks page, in percent, measured as the room's is. */
async function barePageCpuPercent(browser: Browser): Promise<number> {
  const bare = await serveBarePages();
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await page.goto(bare.url('three-clocks'));
    await page.waitForTimeout(SETTLE_MS);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const processSeconds = async (): Promise<number> =>
      (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ProcessTime')?.value ?? Number.NaN;
    const [startedAt, before] = [performance.now(), await processSeconds()];
    await page.waitForTimeout(WINDOW_SECONDS * 1000);
    const spent = (await processSeconds()) - before;
    return round2((spent / ((performance.now() - startedAt) / 1000)) * 100);
  } finally {
    await page.close();
    await bare.close();
  }
}

export const runningCostBenchmark: BenchModule = {
  id: 'running-cost',
  title: 'Renderer CPU while a session runs',
  figures: ['session_cpu_percent'],
  needsChannels: ['session.start'],
  async run(context) {
    const room = await openRoom(context);
    try {
      const { page } = room;
      await page.goto(room.url);
      // Started by its key, as a therapist starts it: a key also wakes the room's sound, which costs while it stays awake.
      await page.getByRole('button', { name: /Start session/ }).waitFor();
      await page.keyboard.press('Space');
      const timer = page.getByRole('timer');
      await timer.waitFor();
      await page.waitForTimeout(SETTLE_MS);

      const browserCdp = await room.browser.newBrowserCDPSession();
      const pageCdp = await page.context().newCDPSession(page);
      await pageCdp.send('Performance.enable');
      context.log(`running-cost: a session is running; measuring the renderer for ${WINDOW_SECONDS} s`);
      const shownBefore = secondsShown(await timer.textContent());
      const before = await snapshot(browserCdp, pageCdp);
      await page.waitForTimeout(WINDOW_SECONDS * 1000);
      const after = await snapshot(browserCdp, pageCdp);
      const shownAfter = secondsShown(await timer.textContent());

      // The figure is only worth something if the session really ran on screen all along.
      const counted = shownBefore - shownAfter;
      if (Math.abs(counted - WINDOW_SECONDS) > 2) {
        throw new Error(`The timer moved ${counted} s during a ${WINDOW_SECONDS} s window; the session did not run as expected.`);
      }
      const wallSeconds = (after.at - before.at) / 1000;
      const percent = (seconds: number): number => round2((seconds / wallSeconds) * 100);
      // The room's page is closed first, so the floor is measured alone, as the room was.
      await page.close();
      const bareClocksPercent = await barePageCpuPercent(room.browser);
      const renderers = after.processes.filter((process) => process.type === 'renderer').length;
      return {
        figures: { session_cpu_percent: percent(after.roomSeconds - before.roomSeconds) },
        repetitions: WINDOW_SECONDS,
        details: {
          method:
            "CPU time of the room page's renderer process (CDP Performance.getMetrics ProcessTime), over the wall time of the window; " +
            "Chromium's own renderers (its omnibox popup, which the desktop app does not have) are counted only in all_renderers_percent",
          window_seconds: round2(wallSeconds),
          bare_page_cpu_percent: bareClocksPercent,
          bare_page:
            'the same measure, over the same window in the same browser, for a page whose only work is three figures turned over once a second by plain DOM writes (no React, no styles): the floor',
          all_renderers_percent: percent(cpuSecondsOf('renderer', before, after)),
          renderer_processes: renderers,
          main_thread_task_percent: percent(after.taskSeconds - before.taskSeconds),
          main_thread_script_percent: percent(after.scriptSeconds - before.scriptSeconds),
          gpu_process_percent: percent(cpuSecondsOf('GPU', before, after)),
          browser_process_percent: percent(cpuSecondsOf('browser', before, after)),
        },
      };
    } finally {
      await room.close();
    }
  },
};

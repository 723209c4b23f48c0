import path from 'node:path';
import type { Page } from 'playwright-core';
import { careSessionFixture, checkSample, clientFixture, writeRecords } from './care-fixtures';
import { openRoom } from './chromium';
import type { BenchModule } from './framework';
import { seededRandom } from './random';
import { median, round2 } from './stats';

const SESSIONS = 1000;
/** Other clients with a few sessions each, so the client's are not the only files in the folder. */
const OTHER_CLIENTS = 50;
const OTHER_SESSIONS_EACH = 4;
/** The first open is reported apart (it builds the service's client-to-sessions index); these follow it. */
const WARM_OPENS = 5;
const CLIENT_ID = 'c-history';
const DAY = 24 * 60 * 60_000;

/** Sessions the History screen lists before "Show earlier sessions". */
const LISTED = 20;

/**
 * Runs in the page: notes the click on the History tab (the event's own
 * timestamp) and the frame in which the pain chart holds a point for every
 * session. Kept as text so the bundler cannot rewrite it.
 */
const probe = (expectedPoints: number): string => `(() => {
  const state = { clickAt: null, drawnAt: null };
  window.__historyProbe = state;
  document.addEventListener('click', (event) => {
    const tab = event.target.closest && event.target.closest('[role="tab"]');
    if (tab && tab.textContent.trim() === 'History') { state.clickAt = event.timeStamp; state.drawnAt = null; }
  }, true);
  const observer = new MutationObserver(() => {
    if (state.clickAt === null || state.drawnAt !== null) return;
    if (!document.querySelector('svg.pain-chart[data-points="${expectedPoints}"]')) return;
    state.drawnAt = -1;
    requestAnimationFrame(() => { state.drawnAt = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

interface Open {
  ms: number;
  /** The clients.history request as the page's Resource Timing saw it. */
  requestMs: number;
  responseKb: number;
}

async function openHistory(page: Page): Promise<Open> {
  await page.evaluate(() => performance.clearResourceTimings());
  await page.getByRole('tab', { name: 'History' }).click();
  try {
    await page.waitForFunction(() => ((window as unknown as { __historyProbe: { drawnAt: number | null } }).__historyProbe.drawnAt ?? -1) > 0, undefined, {
      timeout: 120_000,
    });
  } catch (error) {
    const seen = await page.evaluate(() => ({
      probe: (window as unknown as { __historyProbe: unknown }).__historyProbe,
      points: document.querySelector('svg.pain-chart')?.getAttribute('data-points') ?? 'no chart',
      alert: document.querySelector('[role="alert"]')?.textContent ?? '',
    }));
    throw new Error(`The history chart never showed every session (${JSON.stringify(seen)}): ${(error as Error).message}`);
  }
  return page.evaluate(() => {
    const state = (window as unknown as { __historyProbe: { clickAt: number; drawnAt: number } }).__historyProbe;
    const request = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => entry.name.includes('/api/invoke/clients.history'));
    return {
      ms: state.drawnAt - state.clickAt,
      requestMs: request ? request.responseEnd - request.startTime : Number.NaN,
      responseKb: request ? request.encodedBodySize / 1000 : Number.NaN,
    };
  });
}

export const historyBenchmark: BenchModule = {
  id: 'history',
  title: "Opening a client's history",
  figures: ['history_open_1000_ms'],
  needsChannels: ['clients.get', 'clients.history'],
  async run(context) {
    const random = seededRandom(1000);
    const room = await openRoom(context, (dataDir) => {
      const now = Date.now();
      const client = { ...clientFixture(CLIENT_ID, random, now - SESSIONS * 7 * DAY), name: 'Marisol Okafor' };
      const others = Array.from({ length: OTHER_CLIENTS }, (_, i) => clientFixture(`c-other-${i}`, random, now - 400 * DAY));
      // Weekly visits over about twenty years, oldest first.
      const sessions = Array.from({ length: SESSIONS }, (_, i) =>
        careSessionFixture(`s-${String(i).padStart(4, '0')}`, CLIENT_ID, now - (SESSIONS - i) * 7 * DAY, random),
      );
      const otherSessions = others.flatMap((other, c) =>
        Array.from({ length: OTHER_SESSIONS_EACH }, (_, i) => careSessionFixture(`s-other-${c}-${i}`, other.id, now - (i + 1) * 30 * DAY, random)),
      );
      checkSample([client, ...others], sessions);
      writeRecords(path.join(dataDir, 'clients'), [client, ...others]);
      writeRecords(path.join(dataDir, 'sessions'), [...sessions, ...otherSessions]);
    });
    try {
      const { page } = room;
      await page.addInitScript(probe(SESSIONS));
      await page.goto(room.url, { waitUntil: 'load' });
      await page.getByRole('navigation', { name: 'Stillpoint' }).getByRole('button', { name: 'Clients' }).click();
      await page.getByRole('list', { name: 'Clients found' }).getByRole('button', { name: 'Marisol Okafor' }).click();
      const opens: Open[] = [];
      for (let n = 0; n <= WARM_OPENS; n += 1) {
        await page.getByRole('tab', { name: 'Details' }).click();
        await page.getByRole('tab', { name: 'History' }).waitFor();
        opens.push(await openHistory(page));
      }
      const points = Number(await page.locator('svg.pain-chart').getAttribute('data-points'));
      const rows = await page.getByRole('list', { name: 'Sessions' }).getByRole('listitem').count();
      if (rows !== LISTED) throw new Error(`The history listed ${rows} sessions, not the last ${LISTED}.`);
      const [cold, ...warm] = opens as [Open, ...Open[]];
      // The back end alone (no HTTP, no JSON), to split the request's time between reading and carrying.
      const backendMs: number[] = [];
      for (let n = 0; n < 3; n += 1) {
        const started = performance.now();
        const answer = await room.mode.backend.handle('clients.history', { clientId: CLIENT_ID });
        backendMs.push(performance.now() - started);
        if (!answer.ok) throw new Error('The history could not be read in-process.');
      }
      context.log(`history: 1 cold and ${warm.length} warm opens of a ${SESSIONS}-session history`);
      return {
        figures: { history_open_1000_ms: round2(median(warm.map((open) => open.ms))) },
        repetitions: warm.length,
        details: {
          cold_open_ms: round2(cold.ms),
          warm_open_ms_each: warm.map((open) => round2(open.ms)),
          clients_history_request_ms: { cold: round2(cold.requestMs), warm_median: round2(median(warm.map((open) => open.requestMs))) },
          backend_history_ms_median: round2(median(backendMs)),
          renderer_after_response_ms_median: round2(median(warm.map((open) => open.ms - open.requestMs))),
          response_kb: round2(cold.responseKb),
          chart_points: points,
        },
      };
    } finally {
      await room.close();
    }
  },
};

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { BackupService, DAY_MS } from '../../electron/services/backup';
import { createBackend } from '../../electron/services/backend';
import { systemClock } from '../../electron/services/clock';
import { createStorage } from '../../electron/services/storage';
import { oldBackup } from './baseline/old-store';
import { careSessionFixture, clientFixture, writeRecords } from './care-fixtures';
import type { BenchModule } from './framework';
import { seededRandom } from './random';
import { median, round2 } from './stats';

const SESSIONS = 10_000;
const CLIENTS = 500;
const STARTS = 5;
const DAILY_BACKUPS = 14;
const APP_VERSION = 'bench';

function bytesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** A clinic ten years in: 10,000 finished sessions across 500 clients, one file each. */
function clinic(root: string, sessions: number): string {
  const dataDir = path.join(root, 'data');
  mkdirSync(dataDir, { recursive: true });
  if (sessions === 0) return dataDir;
  const random = seededRandom(1414);
  const start = Date.now() - 10 * 365 * DAY_MS;
  const clients = Array.from({ length: CLIENTS }, (_, i) => clientFixture(`c-${String(i).padStart(4, '0')}`, random, start));
  writeRecords(path.join(dataDir, 'clients'), clients);
  const history = Array.from({ length: sessions }, (_, i) => careSessionFixture(`s-${String(i).padStart(5, '0')}`, clients[i % CLIENTS]!.id, start + i * 8 * 3_600_000, random));
  writeRecords(path.join(dataDir, 'sessions'), history);
  return dataDir;
}

function backendOn(dataDir: string) {
  return createBackend({
    dataDir,
    backupsDir: path.join(path.dirname(dataDir), 'backups'),
    quarantineDir: path.join(path.dirname(dataDir), 'quarantine'),
    clock: systemClock,
    push: () => undefined,
    notify: () => undefined,
    appVersion: APP_VERSION,
  });
}

/** From nothing to the back end answering what the room screen asks first. */
async function startUp(dataDir: string, fullScanFirst: boolean): Promise<number> {
  const started = performance.now();
  const backend = backendOn(dataDir);
  // The old back end checked every file before it answered anything.
  if (fullScanFirst) await backend.idle();
  for (const channel of ['session.current', 'plans.list', 'app.settings.get']) {
    const answer = await backend.handle(channel, {});
    if (!answer.ok) throw new Error(`${channel} failed at start-up: ${JSON.stringify(answer.error)}`);
  }
  const took = performance.now() - started;
  await backend.idle();
  backend.close();
  return took;
}

async function startups(dataDir: string, baseline: boolean): Promise<number> {
  await startUp(dataDir, false); // Builds the index cache and warms the disk cache; not counted.
  const samples: number[] = [];
  for (let n = 0; n < STARTS; n += 1) {
    if (baseline) rmSync(path.join(dataDir, '.cache'), { recursive: true, force: true });
    samples.push(await startUp(dataDir, baseline));
  }
  return round2(median(samples));
}

/** The longest the loop was kept from its next turn while `work` ran. */
async function longestStall(work: () => Promise<unknown> | void): Promise<number> {
  let longest = 0;
  let running = true;
  const watch = (async () => {
    let last = performance.now();
    while (running) {
      await nextTurn();
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }
  })();
  await nextTurn();
  await work();
  running = false;
  await watch;
  return round2(longest);
}

/** What a person opens first at start: a client's history, asked for as soon as the back end exists. */
async function coldStart(dataDir: string): Promise<{ stallMs: number; firstHistoryMs: number }> {
  let firstHistoryMs = 0;
  const stallMs = await longestStall(async () => {
    const backend = backendOn(dataDir);
    const started = performance.now();
    const answer = await backend.handle('clients.history', { clientId: 'c-0007' });
    if (!answer.ok) throw new Error(`The history failed at start-up: ${JSON.stringify(answer.error)}`);
    firstHistoryMs = performance.now() - started;
    await backend.idle();
    backend.close();
  });
  return { stallMs, firstHistoryMs: round2(firstHistoryMs) };
}

/**
 * A restore or a sync engine's first pass: the whole clinic copied into the data folder of a
 * running app by another process. Timed until the client list and a history show all of it.
 */
async function bulkCopy(from: string, root: string): Promise<{ stallMs: number; listedMs: number; historyMs: number }> {
  const dataDir = clinic(root, 0);
  const backend = backendOn(dataDir);
  await backend.idle();
  let listedMs = 0;
  let historyMs = 0;
  const stallMs = await longestStall(async () => {
    const started = performance.now();
    await new Promise<void>((resolve, reject) => execFile('cp', ['-r', `${from}/clients`, `${from}/sessions`, dataDir], (error) => (error ? reject(error) : resolve())));
    for (;;) {
      const answer = await backend.handle('clients.search', { query: '' });
      if (answer.ok && (answer.value as { total: number }).total === CLIENTS) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    listedMs = performance.now() - started;
    const asked = performance.now();
    const answer = await backend.handle('clients.history', { clientId: 'c-0007' });
    if (!answer.ok || (answer.value as { sessions: unknown[] }).sessions.length !== SESSIONS / CLIENTS) throw new Error('The history did not show every session copied in.');
    historyMs = performance.now() - asked;
  });
  await backend.idle();
  backend.close();
  return { stallMs, listedMs: round2(listedMs), historyMs: round2(historyMs) };
}

export const storeBenchmark: BenchModule = {
  id: 'store',
  title: 'The record store at 10,000 sessions: start-up, backups (against the old store)',
  figures: [
    'startup_ms_0',
    'startup_ms_10000',
    'baseline_startup_ms_10000',
    'backup_stall_max_ms_10000',
    'baseline_backup_stall_max_ms_10000',
    'backup_bytes_14_days_10000',
    'baseline_backup_bytes_14_days_10000',
    'data_bytes_10000',
  ],
  async run(context) {
    const base = mkdtempSync(path.join(os.tmpdir(), 'stillpoint-bench-store-'));
    try {
      const fixtureStart = performance.now();
      const empty = clinic(path.join(base, 'empty'), 0);
      const full = clinic(path.join(base, 'full'), SESSIONS);
      context.log(`store: ${SESSIONS} sessions written in ${((performance.now() - fixtureStart) / 1000).toFixed(1)} s`);

      const startupEmpty = await startups(empty, false);
      const startupFull = await startups(full, false);
      const baselineStartupFull = await startups(full, true);
      context.log(`store: start-up ${startupEmpty} ms empty, ${startupFull} ms at ${SESSIONS} (old: full check first, ${baselineStartupFull} ms)`);

      const first = await coldStart(clinic(path.join(base, 'first-start'), SESSIONS));
      const again = await coldStart(path.join(base, 'first-start', 'data'));
      const copied = await bulkCopy(full, path.join(base, 'copied'));
      context.log(`store: first start stall ${first.stallMs} ms, history ${first.firstHistoryMs} ms; bulk copy stall ${copied.stallMs} ms`);

      // "Back up now" through the channel, the back end running as in the app.
      const backend = backendOn(full);
      await backend.idle();
      const stall = await longestStall(async () => {
        const answer = await backend.handle('data.backup.now', {});
        if (!answer.ok) throw new Error(`Back up now failed: ${JSON.stringify(answer.error)}`);
      });
      backend.close();
      const oldDir = path.join(base, 'old-backups');
      const baselineStall = await longestStall(() => oldBackup(full, oldDir, 'manual'));
      const oldArchiveBytes = bytesUnder(oldDir);
      context.log(`store: longest stall while backing up ${stall} ms (old: ${baselineStall} ms)`);

      // Fourteen daily backups of an unchanged clinic, in a folder of their own.
      const dailyDir = path.join(base, 'daily-backups');
      const storage = createStorage(full, { cacheDir: path.join(base, 'cache') });
      const backups = new BackupService(storage, dailyDir, systemClock, APP_VERSION);
      const firstDay = Date.now();
      for (let day = 0; day < DAILY_BACKUPS; day += 1) await backups.take('daily', firstDay + day * DAY_MS);
      const dailyBytes = bytesUnder(dailyDir);
      const dataBytes = bytesUnder(full) - bytesUnder(path.join(full, '.cache'));
      return {
        figures: {
          startup_ms_0: startupEmpty,
          startup_ms_10000: startupFull,
          backup_stall_max_ms_10000: stall,
          backup_bytes_14_days_10000: dailyBytes,
          data_bytes_10000: dataBytes,
          baseline_startup_ms_10000: baselineStartupFull,
          baseline_backup_stall_max_ms_10000: baselineStall,
          baseline_backup_bytes_14_days_10000: DAILY_BACKUPS * oldArchiveBytes,
        },
        repetitions: STARTS,
        details: {
          sessions: SESSIONS,
          clients: CLIENTS,
          startup: 'createBackend until session.current, plans.list and app.settings.get have answered; median of 5 after one warm-up',
          baseline: 'the old store: every file checked before the first answer; "Back up now" as one JSON archive on the same loop; 14 such archives',
          old_archive_bytes: oldArchiveBytes,
          backup_bytes_ratio_to_data: round2(dailyBytes / dataBytes),
          first_start_stall_max_ms: first.stallMs,
          first_start_history_ms: first.firstHistoryMs,
          next_start_stall_max_ms: again.stallMs,
          next_start_history_ms: again.firstHistoryMs,
          bulk_copy_stall_max_ms: copied.stallMs,
          bulk_copy_until_listed_ms: copied.listedMs,
          bulk_copy_then_history_ms: copied.historyMs,
          cold_and_copy: 'a client history asked for as soon as the back end exists, on a first start (no caches) and the next; the whole clinic copied into a running app by cp -r, until every client is listed, then a history with all its sessions',
        },
      };
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  },
};

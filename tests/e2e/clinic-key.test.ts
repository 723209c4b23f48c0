import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/services/backend';
import { ENCRYPTED_PREFIX, fixedKeyProvider } from '../../electron/services/encryption';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import { someClient } from '../helpers/backend';
import { ManualClock } from '../helpers/manual-clock';
import { T0 } from '../helpers/sessions';
import { startSyncthingPair, type SyncthingPair } from '../helpers/syncthing';
import { skipWelcome } from '../helpers/welcome';
import { launchBrowser, startServe, type ServeProcess } from './harness';

/**
 * Room 1 runs the back end in this process with a keychain (browser mode has
 * none, so it cannot turn encryption on); Room 2 is browser mode in Chromium.
 * Two real Syncthing instances keep their folders in step.
 */
describe('encryption and Syncthing’s state across two rooms', () => {
  let root: string;
  let pair: SyncthingPair;
  let room1: Backend;
  let server: ServeProcess;
  let page: Page;
  let closeBrowser: () => Promise<void>;
  const dirs = { a: '', b: '' };

  async function call<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const answer = await room1.handle(channel, request);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.value as ResponseOf<C>;
  }

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'stillpoint-clinic-key-'));
    dirs.a = path.join(root, 'a', 'data');
    dirs.b = path.join(root, 'b', 'data');
    for (const dir of [dirs.a, dirs.b]) {
      mkdirSync(dir, { recursive: true });
      skipWelcome(dir);
    }
    pair = await startSyncthingPair(dirs.a, dirs.b);
    room1 = createBackend({ dataDir: dirs.a, clock: new ManualClock(T0), push: () => undefined, notify: () => undefined, keys: fixedKeyProvider(), recoveryCost: { N: 2 ** 12, r: 8, p: 1 } });
    await call('settings.update', { roomName: 'Room 1' });
    server = await startServe(dirs.b);
    const browser = await launchBrowser({ width: 1366, height: 900 });
    page = browser.page;
    closeBrowser = browser.close;
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Settings' }).waitFor();
  }, 180_000);

  afterAll(async () => {
    await closeBrowser?.();
    await server?.kill('SIGTERM');
    room1?.close();
    await pair?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  // Its waits on Syncthing may each take up to a minute on a busy machine; the test allows for more than one.
  it('records Room 1 encrypts arrive in Room 2 locked, named by room, and stay exactly as they came', { timeout: 180_000 }, async () => {
    const ana = await call('clients.create', { fields: someClient });
    await call('data.encryption.set', { enabled: true, passphrase: 'olive kettle harbour ninety' });
    const clientFile = path.join('clients', `${ana.id}.json`);
    expect(readFileSync(path.join(dirs.a, clientFile), 'utf8').startsWith(ENCRYPTED_PREFIX)).toBe(true);

    const notice = page.getByRole('region', { name: 'The records from Room 1 are locked' });
    await notice.waitFor({ timeout: 60_000 });
    await expect.poll(() => notice.textContent()).toMatch(/Open Stillpoint’s desktop app on this computer and enter the clinic passphrase there/);
    await pair.inStep();
    expect(readFileSync(path.join(dirs.b, clientFile), 'utf8')).toBe(readFileSync(path.join(dirs.a, clientFile), 'utf8'));
    const quarantine = path.join(root, 'b', 'quarantine');
    expect(existsSync(quarantine) ? readdirSync(quarantine) : []).toEqual([]);
  });

  it('Settings → Clinic shows Room 2’s Syncthing: up to date, then disconnected when Room 1 stops exchanging', { timeout: 180_000 }, async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Syncthing’s address').fill(pair.b.apiUrl);
    await page.getByLabel(/Syncthing’s API key/).fill(pair.b.apiKey);
    await page.getByRole('button', { name: 'Show Syncthing’s state' }).click();
    const state = page.getByRole('status', { name: 'Syncthing’s state for this data folder' });
    await expect.poll(() => state.textContent(), { timeout: 60_000 }).toMatch(/Up to date: connected to 1 other computer/);

    const response = await fetch(`${pair.a.apiUrl}/rest/system/pause?device=${pair.b.id}`, { method: 'POST', headers: { 'X-API-Key': pair.a.apiKey } });
    expect(response.ok).toBe(true);
    await expect.poll(() => state.textContent(), { timeout: 60_000 }).toMatch(/Disconnected: no other computer of the clinic is connected/);
    await pair.resume();
    await expect.poll(() => state.textContent(), { timeout: 60_000 }).toMatch(/Up to date/);
  });
});

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncthingStatus } from '../../../../shared/contract/syncthing-channels';
import { ENCRYPTED_PREFIX } from '../../../../electron/services/encryption';
import { RecordCodec } from '../../../../electron/services/record-codec';
import { SyncthingStatusService } from '../../../../electron/services/syncthing-status';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const API_KEY = 'k3y-from-syncthing';
const ME = 'MYSELF-1';
const OTHER = 'FRONTDESK-2';

/** What the fake Syncthing answers; a test changes it between checks. */
interface Answers {
  folderPath: string;
  paused?: boolean;
  devices?: { deviceID: string }[] | undefined;
  connections?: Record<string, { connected: boolean; paused: boolean }> | undefined;
  local?: Record<string, unknown>;
  completion?: unknown;
  /** When Syncthing last saw a file change; null: the folder's stats say nothing about a last file. */
  lastFileAt?: string | null | undefined;
  /** Answers every request with this status instead. */
  status?: number;
  /** Answers with text that is not JSON. */
  garbage?: boolean;
}

const servers: Server[] = [];
const services: SyncthingStatusService[] = [];
afterEach(async () => {
  for (const service of services.splice(0)) service.stop();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A local Syncthing stand-in: the REST routes Stillpoint asks, answered from `answers`. */
async function fakeSyncthing(answers: Answers) {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    asked.push(request.url ?? '');
    if (request.headers['x-api-key'] !== API_KEY) return response.writeHead(403).end('Forbidden');
    if (answers.status) return response.writeHead(answers.status).end('{}');
    if (answers.garbage) return response.writeHead(200).end('<html>router login</html>');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const folder = { id: 'stillpoint data', path: answers.folderPath, paused: answers.paused, devices: answers.devices };
    const body: Record<string, unknown> = {
      '/rest/system/status': { myID: ME },
      '/rest/config/folders': [{ id: 'other', path: '/somewhere/else' }, folder],
      '/rest/system/connections': { connections: answers.connections },
      '/rest/db/status': url.searchParams.get('folder') === folder.id ? { state: 'idle', needBytes: 0, globalBytes: 1000, needTotalItems: 0, ...answers.local } : {},
      '/rest/db/completion': { completion: 'completion' in answers ? answers.completion : 100 },
      '/rest/stats/folder':
        answers.lastFileAt === undefined ? {} : { [folder.id]: answers.lastFileAt === null ? {} : { lastFile: { at: answers.lastFileAt } } },
    };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body[url.pathname] ?? null));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { address: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked };
}

function service(dataDir: string, codec = new RecordCodec(), pollMs = 20, file = path.join(path.dirname(dataDir), 'syncthing.json')) {
  const told: SyncthingStatus[] = [];
  const status = new SyncthingStatusService({ dataDir, file, codec, onChange: (each) => told.push(each), pollMs });
  services.push(status);
  return { status, told, file };
}

const connectedToOther = { devices: [{ deviceID: ME }, { deviceID: OTHER }], connections: { [OTHER]: { connected: true, paused: false } } };

describe('Syncthing’s state, asked of the Syncthing on this computer', () => {
  it('up to date, with when the last file changed', async () => {
    const dataDir = tempDir();
    const syncthing = await fakeSyncthing({ folderPath: dataDir, ...connectedToOther, lastFileAt: '2026-11-30T10:00:00Z' });
    const { status } = service(dataDir);

    expect(await status.connect({ address: `${syncthing.address}/`, apiKey: API_KEY })).toEqual({
      state: 'up-to-date',
      percent: null,
      connected: 1,
      lastChange: Date.parse('2026-11-30T10:00:00Z'),
      address: syncthing.address,
      folderPath: dataDir,
    });
    // The folder is asked about by its id, as Syncthing names it.
    expect(syncthing.asked).toContain('/rest/db/status?folder=stillpoint%20data');
  });

  it('says no last change when Syncthing has none to tell ("never", or nothing at all)', async () => {
    const dataDir = tempDir();
    const answers: Answers = { folderPath: dataDir, ...connectedToOther, lastFileAt: '0001-01-01T00:00:00Z' };
    const syncthing = await fakeSyncthing(answers);
    const { status } = service(dataDir);
    expect((await status.connect({ address: syncthing.address, apiKey: API_KEY })).lastChange).toBeNull();
    answers.lastFileAt = 'not a time';
    expect((await status.status()).lastChange).toBeNull();
    answers.lastFileAt = undefined;
    expect((await status.status()).lastChange).toBeNull();
    answers.lastFileAt = null;
    expect((await status.status()).lastChange).toBeNull();
    answers.lastFileAt = '1970-01-01T00:00:00Z';
    expect((await status.status()).lastChange).toBeNull();
  });

  it('syncing, how far, when files are still coming in or the other computer still needs some', async () => {
    const dataDir = tempDir();
    const answers: Answers = { folderPath: dataDir, ...connectedToOther, local: { state: 'syncing', needBytes: 250, globalBytes: 1000, needTotalItems: 3 } };
    const syncthing = await fakeSyncthing(answers);
    const { status } = service(dataDir);
    expect(await status.connect({ address: syncthing.address, apiKey: API_KEY })).toMatchObject({ state: 'syncing', percent: 75 });

    answers.local = {};
    answers.completion = 40;
    expect(await status.status()).toMatchObject({ state: 'syncing', percent: 40 });
    // An answer without a number for the other computers counts as complete.
    answers.completion = null;
    expect(await status.status()).toMatchObject({ state: 'up-to-date' });
    // Every byte is here, but Syncthing still lists files to bring in (a deletion, say): not up to date yet.
    answers.local = { state: 'idle', needBytes: 0, globalBytes: 1000, needTotalItems: 2 };
    expect(await status.status()).toMatchObject({ state: 'syncing' });
    answers.local = { state: 'idle', needBytes: 'x', globalBytes: 'y', needTotalItems: null };
    expect(await status.status()).toMatchObject({ state: 'up-to-date' });
  });

  it('paused when the folder is paused in Syncthing; disconnected when no other computer is connected', async () => {
    const dataDir = tempDir();
    const answers: Answers = { folderPath: dataDir, ...connectedToOther, paused: true };
    const syncthing = await fakeSyncthing(answers);
    const { status } = service(dataDir);
    expect(await status.connect({ address: syncthing.address, apiKey: API_KEY })).toMatchObject({ state: 'paused' });

    answers.paused = false;
    answers.connections = undefined;
    expect(await status.status()).toMatchObject({ state: 'disconnected', connected: 0 });
    answers.devices = undefined;
    expect(await status.status()).toMatchObject({ state: 'disconnected', connected: 0 });
  });

  it('finds the data folder however Syncthing writes its path: under the home folder, through a link, with a slash at the end', async () => {
    const home = os.homedir();
    const dataDir = tempDir();
    const answers: Answers = { folderPath: `${dataDir}/`, ...connectedToOther };
    const syncthing = await fakeSyncthing(answers);
    const { status } = service(dataDir);
    expect(await status.connect({ address: syncthing.address, apiKey: API_KEY })).toMatchObject({ state: 'up-to-date' });

    const link = path.join(path.dirname(dataDir), 'linked');
    symlinkSync(dataDir, link);
    answers.folderPath = link;
    expect(await status.status()).toMatchObject({ state: 'up-to-date' });

    // A folder in the home folder, as Syncthing writes it: "~/…".
    const inHome = path.join(home, `.stillpoint-test-${process.pid}-${Date.now()}`);
    mkdirSync(inHome);
    try {
      const homeSyncthing = await fakeSyncthing({ folderPath: `~/${path.basename(inHome)}`, ...connectedToOther });
      const { status: homeStatus } = service(inHome);
      expect(await homeStatus.connect({ address: homeSyncthing.address, apiKey: API_KEY })).toMatchObject({ state: 'up-to-date' });
    } finally {
      rmSync(inHome, { recursive: true, force: true });
    }
  });

  it('says the folder is not shared when Syncthing shares only other folders', async () => {
    const dataDir = tempDir();
    const syncthing = await fakeSyncthing({ folderPath: path.join(dataDir, 'elsewhere'), ...connectedToOther });
    const { status } = service(dataDir);
    expect(await status.connect({ address: syncthing.address, apiKey: API_KEY })).toMatchObject({ state: 'not-shared', address: syncthing.address });
  });

  it('says it is not Syncthing when what answers is something else, and unreachable when Syncthing fails', async () => {
    const dataDir = tempDir();
    const answers: Answers = { folderPath: dataDir, garbage: true };
    const syncthing = await fakeSyncthing(answers);
    const { status } = service(dataDir);
    expect(await status.connect({ address: syncthing.address, apiKey: API_KEY })).toMatchObject({ state: 'not-syncthing' });
    answers.garbage = false;
    answers.status = 500;
    expect(await status.status()).toMatchObject({ state: 'unreachable' });
    answers.status = 401;
    expect(await status.status()).toMatchObject({ state: 'key-refused' });
  });

  it('says the key is refused when Syncthing does not take it', async () => {
    const dataDir = tempDir();
    const syncthing = await fakeSyncthing({ folderPath: dataDir, ...connectedToOther });
    const { status } = service(dataDir);
    expect(await status.connect({ address: syncthing.address, apiKey: 'not-the-key' })).toMatchObject({ state: 'key-refused', address: syncthing.address });
  });

  it('says unreachable when nothing answers at the address', async () => {
    const dataDir = tempDir();
    const syncthing = await fakeSyncthing({ folderPath: dataDir });
    const closed = syncthing.address;
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const { status } = service(dataDir);
    expect(await status.connect({ address: closed, apiKey: API_KEY })).toMatchObject({ state: 'unreachable', address: closed });
  });

  it('finds a data folder that is the home folder itself, as Syncthing writes it: "~"', async () => {
    const syncthing = await fakeSyncthing({ folderPath: '~', ...connectedToOther });
    const { status } = service(os.homedir(), new RecordCodec(), 20, path.join(tempDir(), 'syncthing.json'));
    expect(await status.connect({ address: syncthing.address, apiKey: API_KEY })).toMatchObject({ state: 'up-to-date' });
  });

  it('keeps the connection readable by this user only, and forgets it when asked', async () => {
    const dataDir = tempDir();
    const syncthing = await fakeSyncthing({ folderPath: dataDir, ...connectedToOther });
    const { status, file } = service(dataDir);
    await status.connect({ address: syncthing.address, apiKey: API_KEY });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ address: syncthing.address, apiKey: API_KEY });
    expect(existsSync(`${file}.tmp`)).toBe(false);

    expect(await status.forget()).toMatchObject({ state: 'not-set', address: null });
    expect(existsSync(file)).toBe(false);
    // Forgetting twice, or with nothing saved, is no trouble.
    expect(await status.forget()).toMatchObject({ state: 'not-set' });
  });

  it('leaves the saved connection as it is while there is nothing to seal', async () => {
    const dataDir = tempDir();
    const syncthing = await fakeSyncthing({ folderPath: dataDir, ...connectedToOther });
    const { status, file } = service(dataDir);
    await status.connect({ address: syncthing.address, apiKey: API_KEY });
    status.stop();
    const longAgo = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, longAgo, longAgo);
    await status.status();
    expect(statSync(file).mtime).toEqual(longAgo);
  });

  it('a connection file that is not one reads as none given', async () => {
    const dataDir = tempDir();
    const { status, file } = service(dataDir);
    writeFileSync(file, JSON.stringify({ address: 'http://127.0.0.1:8384' }));
    expect(await status.status()).toMatchObject({ state: 'not-set' });
  });

  it('tells the windows only when the state changes, and keeps checking until stopped', { timeout: 30_000 }, async () => {
    const dataDir = tempDir();
    const answers: Answers = { folderPath: dataDir, ...connectedToOther };
    const syncthing = await fakeSyncthing(answers);
    const { status, told } = service(dataDir);
    // Every check the service makes (its timer's too), so the test can wait for the one under way when it stops.
    const checks: Promise<unknown>[] = [];
    const check = status.status.bind(status);
    status.status = () => {
      const checked = check();
      checks.push(checked);
      return checked;
    };
    await status.connect({ address: syncthing.address, apiKey: API_KEY });
    await status.status();
    expect(told.map((each) => each.state)).toEqual(['up-to-date']);

    answers.paused = true;
    await vi.waitFor(() => expect(told.map((each) => each.state)).toEqual(['up-to-date', 'paused']), { timeout: 10_000 });
    answers.paused = false;
    await vi.waitFor(() => expect(told.map((each) => each.state)).toEqual(['up-to-date', 'paused', 'up-to-date']), { timeout: 10_000 });
    status.stop();
    // A check already under way may finish (however long a busy machine takes); none starts after it.
    await Promise.allSettled(checks);
    const asked = syncthing.asked.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(syncthing.asked.length).toBe(asked);
  });

  it('starts checking at start when a connection was saved before, and not when none was', { timeout: 30_000 }, async () => {
    const dataDir = tempDir();
    const syncthing = await fakeSyncthing({ folderPath: dataDir, ...connectedToOther });
    const first = service(dataDir);
    await first.status.connect({ address: syncthing.address, apiKey: API_KEY });
    first.status.stop();

    const { status, told } = service(dataDir);
    status.start();
    await vi.waitFor(() => expect(told.map((each) => each.state)).toEqual(['up-to-date']), { timeout: 10_000 });

    const none = service(tempDir());
    none.status.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(none.told).toEqual([]);
  });

  it('once stopped (the app quitting), asks nothing more, even when a connection is saved', async () => {
    const dataDir = tempDir();
    const syncthing = await fakeSyncthing({ folderPath: dataDir, ...connectedToOther });
    const { status } = service(dataDir, new RecordCodec(), 50);
    // Connected and checked once; the next check is due in 50 ms when it stops.
    await status.connect({ address: syncthing.address, apiKey: API_KEY });
    status.stop();
    await status.connect({ address: syncthing.address, apiKey: API_KEY });
    const asked = syncthing.asked.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(syncthing.asked.length).toBe(asked);
  });

  it('stops asking once the connection is forgotten', async () => {
    const dataDir = tempDir();
    const syncthing = await fakeSyncthing({ folderPath: dataDir, ...connectedToOther });
    const { status } = service(dataDir);
    await status.connect({ address: syncthing.address, apiKey: API_KEY });
    await status.forget();
    const asked = syncthing.asked.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(syncthing.asked.length).toBe(asked);
  });

  it('seals the API key once encryption is open, and says locked while the key is closed', async () => {
    const dataDir = tempDir();
    const syncthing = await fakeSyncthing({ folderPath: dataDir, ...connectedToOther });
    const { status, file } = service(dataDir);
    await status.connect({ address: syncthing.address, apiKey: API_KEY });
    status.stop();

    const key = randomBytes(32);
    const open = new RecordCodec({ open: () => Promise.resolve(key), adopt: () => Promise.resolve() });
    open.encrypting = true;
    open.useKey(key);
    const sealing = service(dataDir, open);
    expect(await sealing.status.status()).toMatchObject({ state: 'up-to-date' });
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { apiKey: string };
    expect(stored.apiKey.startsWith(ENCRYPTED_PREFIX)).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain(API_KEY);

    const closed = new RecordCodec({ open: () => Promise.reject(new Error('locked')), adopt: () => Promise.resolve() });
    closed.encrypting = true;
    expect(await service(dataDir, closed).status.status()).toMatchObject({ state: 'locked', address: syncthing.address });
  });

  it('refuses an address of another computer and keeps nothing', async () => {
    const dataDir = tempDir();
    const { status, file } = service(dataDir);
    await expect(status.connect({ address: 'http://192.168.1.20:8384', apiKey: API_KEY })).rejects.toMatchObject({ code: 'refused' });
    expect(existsSync(file)).toBe(false);
  });
});

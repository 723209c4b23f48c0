import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../../../electron/services/backend';
import { ENCRYPTED_PREFIX, fixedKeyProvider } from '../../../../electron/services/encryption';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../../../shared/contract/channels';
import type { SyncthingStatus } from '../../../../shared/contract/syncthing-channels';
import { someClient } from '../../../helpers/backend';
import { ManualClock } from '../../../helpers/manual-clock';
import { T0 } from '../../../helpers/sessions';
import { startSyncthingPair, type SyncthingPair, type SyncthingPeer } from '../../../helpers/syncthing';

/** Syncthing's own answers can take seconds on a busy machine. */
const PATIENCE = { timeout: 45_000, interval: 100 };
/** Each test waits on a real Syncthing, several times over. */
const TEST_TIMEOUT = 180_000;

let root: string;
let pair: SyncthingPair;
const open: Backend[] = [];

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'stillpoint-syncthing-status-'));
  for (const name of ['a', 'b']) mkdirSync(path.join(root, name, 'data'), { recursive: true });
  pair = await startSyncthingPair(path.join(root, 'a', 'data'), path.join(root, 'b', 'data'));
}, 90_000);

afterAll(async () => {
  for (const backend of open) backend.close();
  await pair?.stop();
  rmSync(root, { recursive: true, force: true });
}, 60_000);

/** A room whose data folder is `root/<name>/data`; its Syncthing connection is kept in `root/<name>/syncthing.json`. */
function room(name: string, keys?: ReturnType<typeof fixedKeyProvider>) {
  mkdirSync(path.join(root, name, 'data'), { recursive: true });
  const pushes: SyncthingStatus[] = [];
  const backend = createBackend({
    dataDir: path.join(root, name, 'data'),
    clock: new ManualClock(T0),
    push: (channel, payload) => {
      if (channel === 'syncthing.changed') pushes.push(payload as SyncthingStatus);
    },
    notify: () => undefined,
    keys,
    syncthingPollMs: 200,
  });
  open.push(backend);
  async function call<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const answer = await backend.handle(channel, request);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.value as ResponseOf<C>;
  }
  const connect = (peer: Pick<SyncthingPeer, 'apiUrl' | 'apiKey'>) => call('syncthing.connect', { address: peer.apiUrl, apiKey: peer.apiKey });
  const file = path.join(root, name, 'syncthing.json');
  return { backend, call, connect, pushes, file };
}

async function post(peer: SyncthingPeer, route: string): Promise<void> {
  const response = await fetch(`${peer.apiUrl}${route}`, { method: 'POST', headers: { 'X-API-Key': peer.apiKey } });
  expect(response.ok).toBe(true);
}

describe('Syncthing’s state for this data folder, from the local Syncthing', () => {
  it('with nothing set, it says what to give; a far-away address is refused and nothing is kept', async () => {
    const a = room('a');
    expect(await a.call('syncthing.status', {})).toMatchObject({ state: 'not-set', address: null });
    const refused = await a.backend.handle('syncthing.connect', { address: 'http://192.168.1.20:8384', apiKey: 'abc' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/only asks the Syncthing running on this computer/) } });
    expect(existsSync(a.file)).toBe(false);
  }, TEST_TIMEOUT);

  it('says plainly when nothing answers at the address, and when the key is refused', async () => {
    const a = room('a');
    expect(await a.connect({ apiUrl: 'http://127.0.0.1:9', apiKey: pair.a.apiKey })).toMatchObject({ state: 'unreachable', address: 'http://127.0.0.1:9' });
    expect(await a.connect({ apiUrl: pair.a.apiUrl, apiKey: 'not-the-key' })).toMatchObject({ state: 'key-refused' });
    await a.call('syncthing.forget', {});
    expect(existsSync(a.file)).toBe(false);
  }, TEST_TIMEOUT);

  it('says when Syncthing does not share this data folder', async () => {
    const other = room('not-shared');
    expect(await other.connect(pair.a)).toMatchObject({ state: 'not-shared', folderPath: path.join(root, 'not-shared', 'data') });
    await other.call('syncthing.forget', {});
  }, TEST_TIMEOUT);

  it('up to date, then the last change from the other room, then disconnected and paused, live', async () => {
    const a = room('a');
    const b = room('b');
    await a.connect(pair.a);
    await b.connect(pair.b);
    await pair.inStep();
    await vi.waitFor(() => expect(a.pushes.at(-1)).toMatchObject({ state: 'up-to-date', connected: 1 }), PATIENCE);

    // A client written in Room A arrives in Room B: B's last change is told.
    await a.call('clients.create', { fields: someClient });
    await vi.waitFor(() => expect(b.pushes.at(-1)?.lastChange).not.toBeNull(), PATIENCE);

    // Room B pauses Room A's computer: A is left with no other computer connected.
    await post(pair.b, `/rest/system/pause?device=${pair.a.id}`);
    await vi.waitFor(() => expect(a.pushes.at(-1)).toMatchObject({ state: 'disconnected', connected: 0 }), PATIENCE);

    // Room A pauses Room B's computer too: A says paused.
    await post(pair.a, `/rest/system/pause?device=${pair.b.id}`);
    await vi.waitFor(() => expect(a.pushes.at(-1)).toMatchObject({ state: 'paused' }), PATIENCE);

    await pair.resume();
    await vi.waitFor(() => expect(a.pushes.at(-1)).toMatchObject({ state: 'up-to-date', connected: 1 }), PATIENCE);
    await a.call('syncthing.forget', {});
    await b.call('syncthing.forget', {});
  }, TEST_TIMEOUT);

  it('keeps the API key sealed with the data key while encryption is on, and never in the data folder', async () => {
    const keys = fixedKeyProvider();
    const a = room('sealed', keys);
    await a.call('data.encryption.set', { enabled: true, passphrase: 'olive kettle harbour ninety' });
    await a.connect(pair.a);
    const kept = JSON.parse(readFileSync(a.file, 'utf8')) as { address: string; apiKey: string };
    expect(kept.address).toBe(pair.a.apiUrl);
    expect(kept.apiKey.startsWith(ENCRYPTED_PREFIX)).toBe(true);
    expect(kept.apiKey).not.toContain(pair.a.apiKey);
    expect(path.dirname(a.file)).not.toBe(path.join(root, 'sealed', 'data'));
    expect(await a.call('syncthing.status', {})).toMatchObject({ state: 'not-shared' });
  }, TEST_TIMEOUT);
});

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../../../electron/services/backend';
import { ENCRYPTED_PREFIX, fixedKeyProvider, keyIdOf } from '../../../../electron/services/encryption';
import type { InvokeChannel, PushChannel, RequestOf, ResponseOf } from '../../../../shared/contract/channels';
import type { ContractErrorBody } from '../../../../shared/contract/errors';
import { someClient } from '../../../helpers/backend';
import { ManualClock } from '../../../helpers/manual-clock';
import { T0 } from '../../../helpers/sessions';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
/** Cheap scrypt for tests; the production cost is checked with the recovery passphrase. */
const recoveryCost = { N: 2 ** 12, r: 8, p: 1 };
const PASSPHRASE = 'olive kettle harbour ninety';
const open: Backend[] = [];
afterEach(() => {
  for (const backend of open.splice(0)) backend.close();
});

/** A room: its own folder (as Syncthing keeps one per computer), its own keychain, its pushes recorded; named unless `roomName` is null. */
async function room(roomName: string | null, keys = fixedKeyProvider(randomBytes(32), { locked: true }), root = tempDir()) {
  const dataDir = path.join(root, 'data');
  const pushes: { channel: PushChannel; payload: unknown }[] = [];
  const backend = createBackend({
    dataDir,
    backupsDir: path.join(root, 'backups'),
    quarantineDir: path.join(root, 'quarantine'),
    clock: new ManualClock(T0),
    push: (channel, payload) => pushes.push({ channel, payload }),
    notify: () => undefined,
    keys,
    recoveryCost,
  });
  open.push(backend);
  async function call<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const answer = await backend.handle(channel, request);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.value as ResponseOf<C>;
  }
  async function fail<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ContractErrorBody> {
    const answer = await backend.handle(channel, request);
    if (answer.ok) throw new Error(`${channel} was expected to be refused`);
    return answer.error;
  }
  // A locked keychain (the default) stands for a computer whose keychain holds no key yet; naming the room needs none.
  if (roomName !== null) {
    const wasLocked = keys.locked;
    keys.locked = false;
    await call('settings.update', { roomName });
    keys.locked = wasLocked;
  }
  await backend.idle();
  const encryptionPushes = () => pushes.filter((each) => each.channel === 'data.encryption').map((each) => each.payload);
  return { root, dataDir, keys, backend, call, fail, encryptionPushes };
}
type Room = Awaited<ReturnType<typeof room>>;

/** What a sync engine carries: every record file, never the room's own (see .stignore). */
function shared(dataDir: string): string[] {
  const walk = (dir: string, prefix = ''): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const relative = `${prefix}${entry.name}`;
      if (entry.isDirectory()) return ['journal', '.cache'].includes(relative) ? [] : walk(path.join(dir, entry.name), `${relative}/`);
      return /^(current-session|room-settings|app-settings)\.json$|\.lock$|^\.stignore$/.test(relative) ? [] : [relative];
    });
  return walk(dataDir);
}

/** Brings every shared file of one room to another as a sync engine does: a temp name, then a rename. */
function syncFolder(from: Room, to: Room): void {
  for (const relative of shared(from.dataDir)) {
    const target = path.join(to.dataDir, relative);
    if (existsSync(target) && readFileSync(target).equals(readFileSync(path.join(from.dataDir, relative)))) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    const temp = path.join(path.dirname(target), `.syncthing.${path.basename(target)}.tmp`);
    writeFileSync(temp, readFileSync(path.join(from.dataDir, relative)));
    renameSync(temp, target);
  }
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(shared(dir).map((relative) => [relative, readFileSync(path.join(dir, relative), 'utf8')]));
}

const quarantined = (each: Room) => (existsSync(path.join(each.root, 'quarantine')) ? readdirSync(path.join(each.root, 'quarantine')) : []);

/** Room 1 with encryption on (its keychain makes the clinic key) and one client. */
async function encryptedClinic() {
  const a = await room('Room 1', fixedKeyProvider());
  const ana = await a.call('clients.create', { fields: someClient });
  await a.call('data.encryption.set', { enabled: true, passphrase: PASSPHRASE });
  return { a, ana };
}

describe('one clinic key for every room', { timeout: 60_000 }, () => {
  it('turning encryption on makes the clinic key and its wrapped file, named by key and room, in the synced folder', async () => {
    const { a } = await encryptedClinic();
    const file = JSON.parse(readFileSync(path.join(a.dataDir, 'recovery-key.json'), 'utf8')) as { record: { keyId: string; room: string; wrappedKey: string } };
    expect(file.record).toMatchObject({ keyId: keyIdOf(a.keys.current), room: 'Room 1' });
    expect(file.record.wrappedKey).not.toBe(a.keys.current.toString('base64'));
    expect(shared(a.dataDir)).toContain('recovery-key.json');
    expect(readFileSync(path.join(a.dataDir, '.stignore'), 'utf8')).not.toMatch(/recovery-key|encryption\.json/);
    expect((await a.call('data.status', {})).encryption).toEqual({ enabled: true, available: true, locked: false, recovery: true, otherRoom: null });
  });

  it('a too-short passphrase is refused before anything is encrypted', async () => {
    const a = await room('Room 1', fixedKeyProvider());
    await a.call('clients.create', { fields: someClient });
    const before = snapshot(a.dataDir);
    expect(await a.fail('data.encryption.set', { enabled: true, passphrase: 'short' })).toMatchObject({ code: 'refused', message: expect.stringMatching(/at least 12 characters/) });
    expect(snapshot(a.dataDir)).toEqual(before);
  });

  it('a room that has not joined says whose records are locked, keeps them as they are, and saves nothing', async () => {
    const { a, ana } = await encryptedClinic();
    const b = await room('Room 2');
    syncFolder(a, b);
    await vi.waitFor(() => expect(b.encryptionPushes()).toContainEqual(expect.objectContaining({ enabled: true, locked: true, otherRoom: 'Room 1' })), { timeout: 10_000 });
    await b.backend.idle();
    const arrived = snapshot(b.dataDir);

    const locked = await b.fail('clients.get', { clientId: ana.id });
    expect(locked).toMatchObject({ code: 'locked', message: expect.stringMatching(/records from Room 1 are locked.*enter the clinic passphrase/i) });
    expect(await b.fail('clients.create', { fields: { ...someClient, name: 'Bea Diaz' } })).toMatchObject({ code: 'locked' });
    expect(snapshot(b.dataDir)).toEqual(arrived);
    expect(quarantined(b)).toEqual([]);
  });

  it('a wrong clinic passphrase is refused plainly and writes nothing; the right one joins, once', async () => {
    const { a, ana } = await encryptedClinic();
    const b = await room('Room 2');
    syncFolder(a, b);
    await vi.waitFor(async () => expect((await b.call('data.status', {})).encryption.locked).toBe(true), { timeout: 10_000 });
    const arrived = snapshot(b.dataDir);

    expect(await b.fail('data.encryption.unlock', { passphrase: 'olive kettle harbour ninety-one' })).toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/not the clinic passphrase.*nothing was changed/),
    });
    expect(snapshot(b.dataDir)).toEqual(arrived);
    expect(b.keys.locked).toBe(true);

    expect(await b.call('data.encryption.unlock', { passphrase: PASSPHRASE })).toMatchObject({ locked: false, otherRoom: null });
    expect(b.keys.current.equals(a.keys.current)).toBe(true);
    expect((await b.call('clients.get', { clientId: ana.id })).name).toBe('Ana Ruiz');

    // The key is in Room 2's keychain now: the next start opens it without asking.
    b.backend.close();
    const again = await room('Room 2', b.keys, b.root);
    expect((await again.call('data.status', {})).encryption.locked).toBe(false);
    expect((await again.call('clients.get', { clientId: ana.id })).name).toBe('Ana Ruiz');
  });

  it('what a joined room writes, every room reads', async () => {
    const { a } = await encryptedClinic();
    const b = await room('Room 2');
    syncFolder(a, b);
    await vi.waitFor(async () => expect((await b.call('data.status', {})).encryption.locked).toBe(true), { timeout: 10_000 });
    await b.call('data.encryption.unlock', { passphrase: PASSPHRASE });
    const bea = await b.call('clients.create', { fields: { ...someClient, name: 'Bea Diaz' } });
    expect(readFileSync(path.join(b.dataDir, 'clients', `${bea.id}.json`), 'utf8').startsWith(ENCRYPTED_PREFIX)).toBe(true);
    syncFolder(b, a);
    await vi.waitFor(async () => expect((await a.call('clients.search', { query: 'bea' })).clients.map((each) => each.name)).toEqual(['Bea Diaz']), { timeout: 10_000 });
    expect((await a.call('clients.get', { clientId: bea.id })).room).toBe('Room 2');
  });

  it('changing the clinic passphrase rewraps the same key: no record is rewritten, joined rooms keep reading, the old passphrase stops working', async () => {
    const { a, ana } = await encryptedClinic();
    const b = await room('Room 2');
    syncFolder(a, b);
    await vi.waitFor(async () => expect((await b.call('data.status', {})).encryption.locked).toBe(true), { timeout: 10_000 });
    await b.call('data.encryption.unlock', { passphrase: PASSPHRASE });
    const clientFile = path.join(a.dataDir, 'clients', `${ana.id}.json`);
    const before = { text: readFileSync(clientFile, 'utf8'), mtime: statSync(clientFile).mtimeMs };

    await a.call('data.recovery.set', { passphrase: 'new moon over the quiet harbour' });
    expect({ text: readFileSync(clientFile, 'utf8'), mtime: statSync(clientFile).mtimeMs }).toEqual(before);
    syncFolder(a, b);
    await b.backend.idle();
    await vi.waitFor(() => expect(b.encryptionPushes().length).toBeGreaterThan(1), { timeout: 10_000 });
    expect((await b.call('clients.get', { clientId: ana.id })).name).toBe('Ana Ruiz');

    const c = await room('Front desk');
    syncFolder(a, c);
    await vi.waitFor(async () => expect((await c.call('data.status', {})).encryption.locked).toBe(true), { timeout: 10_000 });
    expect(await c.fail('data.encryption.unlock', { passphrase: PASSPHRASE })).toMatchObject({ code: 'refused' });
    expect(await c.call('data.encryption.unlock', { passphrase: 'new moon over the quiet harbour' })).toMatchObject({ locked: false });
  });

  it('a joined room follows the setting live: another room turning encryption off and on again needs no passphrase here', async () => {
    const { a } = await encryptedClinic();
    const b = await room('Room 2');
    syncFolder(a, b);
    await vi.waitFor(async () => expect((await b.call('data.status', {})).encryption.locked).toBe(true), { timeout: 10_000 });
    await b.call('data.encryption.unlock', { passphrase: PASSPHRASE });

    await a.call('data.encryption.set', { enabled: false });
    syncFolder(a, b);
    await vi.waitFor(() => expect(b.encryptionPushes().at(-1)).toMatchObject({ enabled: false, locked: false }), { timeout: 10_000 });
    const plain = await b.call('clients.create', { fields: { ...someClient, name: 'Bea Diaz' } });
    expect(readFileSync(path.join(b.dataDir, 'clients', `${plain.id}.json`), 'utf8')).toContain('Bea Diaz');

    await a.call('data.encryption.set', { enabled: true, passphrase: PASSPHRASE });
    syncFolder(a, b);
    await vi.waitFor(() => expect(b.encryptionPushes().at(-1)).toMatchObject({ enabled: true, locked: false }), { timeout: 10_000 });
    const sealed = await b.call('clients.create', { fields: { ...someClient, name: 'Carla Pinto' } });
    expect(readFileSync(path.join(b.dataDir, 'clients', `${sealed.id}.json`), 'utf8').startsWith(ENCRYPTED_PREFIX)).toBe(true);
  });

  it('the room that chose the passphrase, its keychain locked, is told about its keychain, not about another room', async () => {
    const { a, ana } = await encryptedClinic();
    a.backend.close();
    a.keys.locked = true;
    const again = await room(null, a.keys, a.root);
    expect((await again.call('data.status', {})).encryption).toMatchObject({ locked: true, recovery: true, otherRoom: null });
    expect(await again.fail('clients.get', { clientId: ana.id })).toMatchObject({ code: 'locked', message: expect.stringMatching(/keychain is locked/) });
  });

  it('a room with encryption off is asked for the clinic passphrase when it turns encryption on, and then uses the clinic key', async () => {
    const { a } = await encryptedClinic();
    await a.call('data.encryption.set', { enabled: false });
    const b = await room('Room 2', fixedKeyProvider());
    syncFolder(a, b);
    await vi.waitFor(async () => expect((await b.call('data.status', {})).encryption.recovery).toBe(true), { timeout: 10_000 });
    expect(await b.fail('data.encryption.set', { enabled: true })).toMatchObject({ code: 'refused', message: expect.stringMatching(/chosen in Room 1.*clinic passphrase/) });
    expect(await b.call('data.encryption.set', { enabled: true, passphrase: PASSPHRASE })).toMatchObject({ enabled: true, locked: false });
    expect(b.keys.current.equals(a.keys.current)).toBe(true);
  });

  it('a room that encrypted with a key of its own is locked when the clinic key arrives, loses nothing, and joining rewrites its records with the clinic key', async () => {
    const { a, ana } = await encryptedClinic();
    const b = await room('Room 2', fixedKeyProvider());
    const own = await b.call('clients.create', { fields: { ...someClient, name: 'Bea Diaz' } });
    await b.call('data.encryption.set', { enabled: true });
    syncFolder(a, b);
    await vi.waitFor(() => expect(b.encryptionPushes()).toContainEqual(expect.objectContaining({ locked: true, otherRoom: 'Room 1' })), { timeout: 10_000 });
    // Both rooms' records stay where they are: Room 1's are locked, not damaged.
    expect(await b.fail('clients.get', { clientId: ana.id })).toMatchObject({ code: 'locked' });
    expect(quarantined(b)).toEqual([]);

    await b.call('data.encryption.unlock', { passphrase: PASSPHRASE });
    expect((await b.call('clients.get', { clientId: own.id })).name).toBe('Bea Diaz');
    syncFolder(b, a);
    await vi.waitFor(async () => expect((await a.call('clients.get', { clientId: own.id })).name).toBe('Bea Diaz'), { timeout: 10_000 });
    expect(quarantined(a)).toEqual([]);
  });
});

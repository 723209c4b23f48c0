import { existsSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { RecordChange } from '../../../../electron/services/folder-watch';
import type { DamagedRecord } from '../../../../electron/services/quarantine';
import { statKey } from '../../../../electron/services/record-cache';
import { createStorage, type SafeStorage } from '../../../../electron/services/storage';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const open: SafeStorage[] = [];
afterEach(() => {
  for (const storage of open.splice(0)) storage.close();
});
const clientSchema = z.strictObject({ name: z.string() });

/** Rewrites the file in place (same inode) with text of the same length, and puts its mtime back: its stat is unchanged. */
function editKeepingStat(file: string, from: string, to: string): void {
  const { mtime } = statSync(file);
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  utimesSync(file, mtime, mtime);
}

function storeWithClient(dataDir: string) {
  const storage = createStorage(dataDir);
  open.push(storage);
  storage.record('clients', 'c-1', clientSchema).write({ name: 'Ana Ruiz' });
  // A whole-second mtime, so putting it back restores the very same stat.
  utimesSync(path.join(dataDir, 'clients', 'c-1.json'), 1_800_000_000, 1_800_000_000);
  expect(storage.record('clients', 'c-1', clientSchema).read()).toEqual({ name: 'Ana Ruiz' });
  return storage;
}

describe('a record changed underneath the app is read again', () => {
  it('the folder watcher drops the cached copy even when the edit kept size and mtime', async () => {
    const dataDir = tempDir();
    const storage = storeWithClient(dataDir);
    const changes: RecordChange[] = [];
    let heard: () => void = () => undefined;
    storage.onRecordChange((change) => {
      changes.push(change);
      heard();
    });
    storage.watch();
    const reported = new Promise<void>((resolve) => (heard = resolve));
    const file = path.join(dataDir, 'clients', 'c-1.json');
    const before = statKey(statSync(file));
    editKeepingStat(file, 'Ana Ruiz', 'Ana Ruis');
    expect(statKey(statSync(file))).toBe(before);
    await reported;
    expect(changes.map(({ kind, record }) => ({ kind, record }))).toEqual([{ kind: 'changed', record: 'clients/c-1' }]);
    expect(storage.record('clients', 'c-1', clientSchema).read()).toEqual({ name: 'Ana Ruis' });
  });

  it("does not report the store's own writes back, and a listener that left hears nothing", async () => {
    const dataDir = tempDir();
    const storage = createStorage(dataDir);
    open.push(storage);
    storage.record('clients', 'c-0', clientSchema).write({ name: 'first' });
    const heard: string[] = [];
    const left: string[] = [];
    let marker: () => void = () => undefined;
    const markerHeard = new Promise<void>((resolve) => (marker = resolve));
    storage.onRecordChange((change) => {
      heard.push(change.record);
      if (change.record === 'clients/c-marker') marker();
    });
    storage.onRecordChange((change) => left.push(change.record))();
    storage.watch();
    storage.record('clients', 'c-1', clientSchema).write({ name: 'Ana Ruiz' });
    storage.record('clients', 'c-0', clientSchema).write({ name: 'second' });
    writeFileSync(path.join(dataDir, 'clients', 'c-marker.json'), '{}');
    await markerHeard;
    expect(heard).toEqual(['clients/c-marker']);
    expect(left).toEqual([]);
  });
});

describe('a record that fails its check arriving from outside', () => {
  /** A client this computer has read, then replaced underneath by `bytes`; resolves once the watcher has passed the change on. */
  async function arriving(dataDir: string, bytes: string) {
    const damaged: DamagedRecord[] = [];
    const storage = createStorage(dataDir, { onDamaged: (entry) => damaged.push(entry) });
    open.push(storage);
    const client = () => storage.record('clients', 'c-1', clientSchema);
    client().write({ name: 'Ana Ruiz' });
    expect(client().read()).toEqual({ name: 'Ana Ruiz' });
    let heard: () => void = () => undefined;
    const reported = new Promise<void>((resolve) => (heard = resolve));
    let read: unknown;
    // As the app's listeners do: the record is read again when the change is reported.
    storage.onRecordChange(() => {
      read = client().read();
      heard();
    });
    storage.watch();
    const file = path.join(dataDir, 'clients', 'c-1.json');
    writeFileSync(`${file}.sync-tmp`, bytes);
    renameSync(`${file}.sync-tmp`, file);
    await reported;
    return { storage, client, damaged, read, file };
  }

  it.each([
    ['a record its schema rejects', JSON.stringify({ schemaVersion: 1, record: { name: 42 } })],
    ['a file cut short', '{"schemaVersion":1,"record":{"na'],
  ])('%s: set aside for a person, the person told, and the version this computer had put back in its place', async (_what, bytes) => {
    const dataDir = tempDir();
    const { client, damaged, read, file, storage } = await arriving(dataDir, bytes);
    expect(read).toEqual({ name: 'Ana Ruiz' });
    expect(client().read()).toEqual({ name: 'Ana Ruiz' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ schemaVersion: 1, record: { name: 'Ana Ruiz' } });
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatchObject({ record: 'clients/c-1', reason: expect.stringMatching(/; the version this computer last had is back in its place$/) });
    expect(storage.quarantine.contentOf(damaged[0]!)).toBe(bytes);
  });

  it('a good version arriving replaces the one this computer had; a later bad one puts back the good one that arrived', { timeout: 30_000 }, async () => {
    const dataDir = tempDir();
    const { client, read, file } = await arriving(dataDir, JSON.stringify({ schemaVersion: 1, record: { name: 'Ana Ruiz-Ortega' } }));
    expect(read).toEqual({ name: 'Ana Ruiz-Ortega' });
    writeFileSync(`${file}.sync-tmp`, JSON.stringify({ schemaVersion: 1, record: { name: 42 } }));
    renameSync(`${file}.sync-tmp`, file);
    // Put back once the folder watcher has reported the bad version: a busy machine can take seconds.
    await vi.waitFor(() => expect(JSON.parse(readFileSync(file, 'utf8')).record).toEqual({ name: 'Ana Ruiz-Ortega' }), { timeout: 10_000 });
    expect(client().read()).toEqual({ name: 'Ana Ruiz-Ortega' });
  });

  it('a record deleted elsewhere stays deleted', async () => {
    const dataDir = tempDir();
    const storage = createStorage(dataDir);
    open.push(storage);
    storage.record('clients', 'c-1', clientSchema).write({ name: 'Ana Ruiz' });
    let heard: () => void = () => undefined;
    const reported = new Promise<void>((resolve) => (heard = resolve));
    storage.onRecordChange(() => heard());
    storage.watch();
    rmSync(path.join(dataDir, 'clients', 'c-1.json'));
    await reported;
    expect(storage.record('clients', 'c-1', clientSchema).read()).toBeUndefined();
    expect(existsSync(path.join(dataDir, 'clients', 'c-1.json'))).toBe(false);
  });
});

describe('the version put back in place of a bad file from elsewhere', () => {
  /** A client written and read here; `replace` stands for a sync engine swapping the file, and the watcher telling the cache, as storage.ts does. */
  function clientHere(dataDir: string) {
    const damaged: DamagedRecord[] = [];
    const storage = createStorage(dataDir, { onDamaged: (entry) => damaged.push(entry) });
    open.push(storage);
    const file = storage.record('clients', 'c-1', clientSchema);
    file.write({ name: 'Ana Ruiz' });
    expect(file.read()).toEqual({ name: 'Ana Ruiz' });
    const replace = (bytes: string, { heard = true } = {}) => {
      writeFileSync(`${file.filePath}.sync-tmp`, bytes);
      renameSync(`${file.filePath}.sync-tmp`, file.filePath);
      if (heard) storage.context.cache.replaced(file.filePath);
    };
    return { storage, file, damaged, replace };
  }
  const cutShort = '{"schemaVersion":1,"record":{"na';

  // Deleted here, then a damaged copy arrives: putting back what this computer once held would bring the client back.
  it('is never one this computer deleted', () => {
    const { storage, file, damaged, replace } = clientHere(tempDir());
    file.remove();
    replace(cutShort);
    expect(storage.record('clients', 'c-1', clientSchema).read()).toBeUndefined();
    expect(existsSync(file.filePath)).toBe(false);
    expect(damaged).toMatchObject([{ record: 'clients/c-1', reason: expect.not.stringMatching(/back in its place/) }]);
  });

  // A newer version arrived, then this computer wrote its own change: the version from before both is out of date.
  it('is never older than what this computer wrote last', () => {
    const { file, damaged, replace } = clientHere(tempDir());
    replace(JSON.stringify({ schemaVersion: 1, record: { name: 'Ana Ruiz-Ortega' } }));
    file.write({ name: 'Ana Ortega' });
    replace(cutShort, { heard: false });
    expect(file.read()).not.toEqual({ name: 'Ana Ruiz' });
    expect(damaged).toMatchObject([{ record: 'clients/c-1', reason: expect.not.stringMatching(/back in its place/) }]);
  });

  // A newer version arrived and was read here; a damaged one then lands before the watcher says so: the client must not go back to the first version.
  it('is never older than a version that arrived from elsewhere and was read here since', () => {
    const { file, damaged, replace } = clientHere(tempDir());
    replace(JSON.stringify({ schemaVersion: 1, record: { name: 'Ana Ruiz-Ortega' } }));
    expect(file.read()).toEqual({ name: 'Ana Ruiz-Ortega' });
    replace(cutShort, { heard: false });
    expect(file.read()).not.toEqual({ name: 'Ana Ruiz' });
    expect(existsSync(file.filePath) ? JSON.parse(readFileSync(file.filePath, 'utf8')).record : undefined).not.toEqual({ name: 'Ana Ruiz' });
    expect(damaged).toMatchObject([{ record: 'clients/c-1', reason: expect.not.stringMatching(/back in its place/) }]);
  });
});

describe('a running session’s file replaced underneath (a sync engine, a copy from elsewhere)', () => {
  const sessionSchema = z.strictObject({ entries: z.array(z.number()) });
  const journalOf = (dataDir: string) => path.join(dataDir, 'journal', 'sessions', 's-1.jsonl');

  /** A running session with acknowledged changes in its journal, then its file replaced by an older copy of itself (or by `bytes`). */
  async function replacedWhileRunning(dataDir: string, bytes = JSON.stringify({ schemaVersion: 1, record: { entries: [] } }, null, 1), onDamaged: (entry: DamagedRecord) => void = () => {}) {
    const storage = createStorage(dataDir, { onDamaged });
    open.push(storage);
    const file = storage.record('sessions', 's-1', sessionSchema);
    file.write({ entries: [] });
    file.startJournal();
    file.write({ entries: [1] });
    file.write({ entries: [1, 2] });
    let heard: () => void = () => undefined;
    const reported = new Promise<void>((resolve) => (heard = resolve));
    storage.onRecordChange(() => heard());
    storage.watch();
    // By default the same record as before the session went on, in other bytes (another machine's formatting).
    writeFileSync(`${file.filePath}.sync-tmp`, bytes);
    renameSync(`${file.filePath}.sync-tmp`, file.filePath);
    await reported;
    return { storage, file };
  }

  it('keeps every acknowledged change, in this run and after a crash', async () => {
    const dataDir = tempDir();
    const { file } = await replacedWhileRunning(dataDir);
    expect(file.read()).toEqual({ entries: [1, 2] });
    file.write({ entries: [1, 2, 3] });
    // The crash: nothing is folded; the next start reads what the disk holds.
    expect(createStorage(dataDir).record('sessions', 's-1', sessionSchema).read()).toEqual({ entries: [1, 2, 3] });
    expect(existsSync(journalOf(dataDir))).toBe(true);
  });

  it('a damaged file in its place is set aside for a person to look at, and the session goes on whole', async () => {
    const dataDir = tempDir();
    const damaged: DamagedRecord[] = [];
    const { file } = await replacedWhileRunning(dataDir, '{"schemaVersion":1,"rec', (entry) => damaged.push(entry));
    expect(damaged).toMatchObject([{ record: 'sessions/s-1' }]);
    expect(file.read()).toEqual({ entries: [1, 2] });
    expect(createStorage(dataDir).record('sessions', 's-1', sessionSchema).read()).toEqual({ entries: [1, 2] });
  });

  it('a file sealed with another room’s key in its place does not stop the session: it goes on from its journal', async () => {
    const dataDir = tempDir();
    const { file } = await replacedWhileRunning(dataDir, `stillpoint-aes-256-gcm-v3:0123456789abcdef:${Buffer.from('sealed elsewhere').toString('base64')}`);
    expect(file.read()).toEqual({ entries: [1, 2] });
    file.write({ entries: [1, 2, 3] });
    expect(file.read()).toEqual({ entries: [1, 2, 3] });
  });
});

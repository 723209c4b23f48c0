import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { BackupService, checksumOf, DAY_MS, defaultBackupsDir, KEEP_MANUAL } from '../../../electron/services/backup';
import { fixedKeyProvider } from '../../../electron/services/encryption';
import type { MigrationRegistry } from '../../../electron/services/migrations';
import { SessionsService } from '../../../electron/services/sessions';
import { createStorage } from '../../../electron/services/storage';
import type { Archive } from '../../../shared/contract/data-channels';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const noteSchema = z.strictObject({ name: z.string(), notes: z.string() });
const SECRET = 'Old shoulder injury';

/** A data folder with one client written while encryption was off, and a key that can be opened later. */
function clinic(options: { migrations?: MigrationRegistry } = {}) {
  const root = tempDir();
  const dataDir = path.join(root, 'data');
  mkdirSync(dataDir);
  const clock = new ManualClock(T0);
  const storage = createStorage(dataDir, { keys: fixedKeyProvider(randomBytes(32)), ...options });
  const client = storage.record('clients', 'c-1', noteSchema);
  client.write({ name: 'Ana Ruiz', notes: SECRET });
  const backupsDir = defaultBackupsDir(dataDir);
  const backups = new BackupService(storage, backupsDir, clock, '1.0.0');
  const codec = storage.context.codec;
  const openKey = async () => {
    codec.useKey(await codec.keys!.open({ create: true }));
    codec.encrypting = true;
  };
  const storedCopy = async (id: string) => (await backups.job(() => backups.storedFiles(id)))['clients/c-1.json'] as string;
  return { dataDir, clock, storage, client, backups, backupsDir, codec, openKey, storedCopy };
}

const archiveOf = (files: Archive['files']): Archive =>
  ({ format: 'stillpoint-archive', version: 1, createdAt: T0, reason: 'export', appVersion: '1.0.0', files, checksum: checksumOf(files) }) as Archive;

describe('where backups live', () => {
  it('beside the data folder, never inside the record tree', () => {
    expect(defaultBackupsDir(path.join('/home', 'ana', 'Stillpoint', 'data'))).toBe(path.join('/home', 'ana', 'Stillpoint', 'backups'));
  });

  it('the first backup makes its folder, private to the person using the computer', async () => {
    const { backups, backupsDir } = clinic();
    expect(existsSync(backupsDir)).toBe(false);
    await backups.take('manual');
    expect(statSync(backupsDir).mode & 0o777).toBe(0o700);
  });

  it('the backup taken before a migration is private too', () => {
    const { backups, backupsDir } = clinic();
    backups.beforeMigration();
    const [manifest] = readdirSync(backupsDir).filter((name) => name.endsWith('.manifest.json'));
    expect(statSync(path.join(backupsDir, manifest!)).mode & 0o777).toBe(0o600);
  });

  it('with no way to tell whether a session runs, the daily backup is taken when due', async () => {
    const { backups } = clinic();
    backups.startDaily();
    await backups.idle();
    expect(backups.list().map((backup) => backup.reason)).toEqual(['daily']);
    backups.stop();
  });
});

describe('a backup taken with encryption on', () => {
  it('stores a record still plain on disk sealed, bound to that record, and it verifies and restores', async () => {
    const { backups, codec, openKey, storedCopy, backupsDir, client, clock } = clinic();
    await openKey();
    const { id } = await backups.take('manual');
    const stored = await storedCopy(id);
    expect(stored).not.toContain(SECRET);
    expect(codec.decode(stored, 'clients/c-1')).toMatchObject({ record: { notes: SECRET } });
    expect(() => codec.decode(stored, 'clients/c-2')).toThrow();
    for (const file of readdirSync(backupsDir, { recursive: true })) {
      const full = path.join(backupsDir, String(file));
      if (statSync(full).isFile()) expect(readFileSync(full, 'utf8'), String(file)).not.toContain(SECRET);
    }
    expect(await backups.verify(id)).toEqual({ ok: true, files: 1, problems: [] });
    expect(backups.latestCopyOf('clients/c-1')).toMatchObject({ id, content: { notes: SECRET } });

    clock.advance(MIN);
    client.write({ name: 'Ana Ruiz', notes: 'later' });
    expect(await backups.restore(id)).toMatchObject({ restored: 1, verification: { ok: true } });
    const onDisk = readFileSync(client.filePath, 'utf8');
    expect(onDisk).not.toContain(SECRET);
    expect(codec.decode(onDisk, 'clients/c-1')).toMatchObject({ record: { notes: SECRET } });
  });

  it('an unchanged record first backed up plain is stored sealed once the key is open', async () => {
    const { backups, openKey, storedCopy } = clinic();
    const before = await backups.take('manual');
    expect(await storedCopy(before.id)).toContain(SECRET);
    await openKey();
    const after = await backups.take('manual', T0 + MIN);
    expect(await storedCopy(after.id)).not.toContain(SECRET);
    // And once sealed, the next backup of the unchanged record holds the same sealed copy.
    const again = await backups.take('manual', T0 + 2 * MIN);
    expect(await storedCopy(again.id)).toBe(await storedCopy(after.id));
  });

  it('one sealed copy in a backup can be read back and put back as the record it belongs to', async () => {
    const { backups, openKey, client, clock, codec } = clinic();
    await openKey();
    const { id } = await backups.take('manual');
    clock.advance(MIN);
    client.write({ name: 'Ana Ruiz', notes: 'changed later' });
    backups.restoreRecord('clients/c-1', id);
    const onDisk = readFileSync(client.filePath, 'utf8');
    expect(onDisk).not.toContain(SECRET);
    expect(codec.decode(onDisk, 'clients/c-1')).toMatchObject({ record: { notes: SECRET } });
  });
});

describe('a backup of the old single-archive form rewritten', () => {
  it('keeps the files it did not replace, and verifies with its new content', async () => {
    const { backups, backupsDir } = clinic();
    const files = { 'clients/c-1.json': { schemaVersion: 1, record: { name: 'Ana Ruiz', notes: SECRET } }, 'clients/c-2.json': { schemaVersion: 1, record: { name: 'Bo Lind', notes: '' } } };
    const id = `${String(T0 - DAY_MS).padStart(13, '0')}-daily`;
    mkdirSync(backupsDir, { recursive: true });
    const file = path.join(backupsDir, `${id}.json`);
    writeFileSync(file, JSON.stringify({ ...archiveOf(files), reason: 'daily' }));
    const replaced = JSON.stringify({ schemaVersion: 1, record: { name: 'Ana Ruiz', notes: 'sealed stand-in' } });
    await backups.job(() => backups.rewrite(id, { 'clients/c-1.json': replaced }));
    const stored = await backups.job(() => backups.storedFiles(id));
    expect(stored).toEqual({ 'clients/c-1.json': replaced, 'clients/c-2.json': files['clients/c-2.json'] });
    expect(await backups.verify(id)).toEqual({ ok: true, files: 2, problems: [] });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('a manifest backup rewritten with a record given as an object stores it as text that restores', async () => {
    const { backups, client, clock } = clinic();
    const { id } = await backups.take('manual');
    await backups.job(() => backups.rewrite(id, { 'clients/c-1.json': { schemaVersion: 1, record: { name: 'Ana Ruiz', notes: 'rewritten' } } }));
    expect(await backups.verify(id)).toMatchObject({ ok: true });
    clock.advance(MIN);
    await backups.restore(id);
    expect(JSON.parse(readFileSync(client.filePath, 'utf8')).record.notes).toBe('rewritten');
  });
});

/** A backup of the old single-archive form, written as that version of Stillpoint wrote it. */
function oldArchive(backupsDir: string, takenAt: number, files: Archive['files']): string {
  const id = `${String(takenAt).padStart(13, '0')}-daily`;
  mkdirSync(backupsDir, { recursive: true });
  writeFileSync(path.join(backupsDir, `${id}.json`), JSON.stringify({ ...archiveOf(files), createdAt: takenAt, reason: 'daily' }));
  return id;
}

describe('backups of the old single-archive form beside the new ones', () => {
  it('one record can be put back from one', async () => {
    const { backups, backupsDir, client } = clinic();
    const id = oldArchive(backupsDir, T0 - DAY_MS, { 'clients/c-1.json': { schemaVersion: 1, record: { name: 'Ana Ruiz', notes: 'from the old backup' } } });
    expect(backups.latestCopyOf('clients/c-1')).toMatchObject({ id, content: { notes: 'from the old backup' } });
    backups.restoreRecord('clients/c-1', id);
    expect(client.read()).toEqual({ name: 'Ana Ruiz', notes: 'from the old backup' });
  });

  it('do not stop the oldest new backups being pruned', async () => {
    const { backups, backupsDir } = clinic();
    oldArchive(backupsDir, T0 - DAY_MS, { 'clients/c-1.json': { schemaVersion: 1, record: { name: 'Ana Ruiz', notes: '' } } });
    for (let n = 0; n <= KEEP_MANUAL; n += 1) await backups.take('manual', T0 + n * MIN);
    expect(backups.list().filter((backup) => backup.reason === 'manual')).toHaveLength(KEEP_MANUAL);
    expect(backups.list().filter((backup) => backup.reason === 'daily')).toHaveLength(1);
  });

  it('a copy a newer Stillpoint wrote is passed over for an older one this version reads', async () => {
    const { backups, backupsDir } = clinic();
    const older = oldArchive(backupsDir, T0 - 2 * DAY_MS, { 'clients/c-1.json': { schemaVersion: 1, record: { name: 'Ana Ruiz', notes: 'readable' } } });
    oldArchive(backupsDir, T0 - DAY_MS, { 'clients/c-1.json': { schemaVersion: 5, record: { name: 'Ana Ruiz', notes: 'from the future' } } });
    expect(backups.latestCopyOf('clients/c-1')).toMatchObject({ id: older, content: { notes: 'readable' } });
  });
});

describe('a backup rewritten in the new form', () => {
  it('keeps the records it was not asked to replace, and stays private', async () => {
    const { backups, backupsDir, storage } = clinic();
    storage.record('clients', 'c-2', noteSchema).write({ name: 'Bo Lind', notes: '' });
    const { id } = await backups.take('manual');
    await backups.job(() => backups.rewrite(id, { 'clients/c-1.json': JSON.stringify({ schemaVersion: 1, record: { name: 'Ana Ruiz', notes: 'rewritten' } }) }));
    const stored = await backups.job(() => backups.storedFiles(id));
    expect(Object.keys(stored).sort()).toEqual(['clients/c-1.json', 'clients/c-2.json']);
    expect(JSON.parse(stored['clients/c-2.json'] as string).record.name).toBe('Bo Lind');
    expect(statSync(path.join(backupsDir, `${id}.manifest.json`)).mode & 0o777).toBe(0o600);
  });
});

describe('the note of the app version', () => {
  it('on a folder with nothing to back up, makes the backups folder private all the same', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'data');
    mkdirSync(dataDir);
    const backupsDir = defaultBackupsDir(dataDir);
    await new BackupService(createStorage(dataDir), backupsDir, new ManualClock(T0), '2.0.0').checkAppVersion();
    expect(statSync(backupsDir).mode & 0o777).toBe(0o700);
  });
});

describe('a backup of a running session', () => {
  it('holds what was done in it up to the moment of the backup', async () => {
    const { backups, storage, clock } = clinic();
    const sessions = new SessionsService({ storage, clock, newId: () => 's-1' });
    sessions.start('default-60');
    clock.advance(MIN);
    sessions.command('s-1', { type: 'pause' });
    const { id } = await backups.take('manual');
    const stored = JSON.parse((await backups.job(() => backups.storedFiles(id)))['sessions/s-1.json'] as string);
    expect(stored.record.events.map((event: { type: string }) => event.type)).toContain('pause');
  });
});

describe('a record already sealed on disk', () => {
  it('is stored as it is, not sealed a second time', async () => {
    const { backups, openKey, client, storedCopy } = clinic();
    await openKey();
    client.write({ name: 'Ana Ruiz', notes: 'sealed on disk' });
    const onDisk = readFileSync(client.filePath, 'utf8');
    const { id } = await backups.take('manual');
    expect(await storedCopy(id)).toBe(onDisk);
  });
});

describe('waiting for the backups to finish', () => {
  it('also waits for one asked for while it was waiting', async () => {
    const { backups } = clinic();
    void backups.take('manual', T0);
    const waiting = backups.idle();
    void backups.take('manual', T0 + MIN);
    await waiting;
    expect(backups.list()).toHaveLength(2);
  });
});

describe('what a backup leaves out or refuses', () => {
  it('a record removed while the backup is being taken is left out; the backup is still taken', async () => {
    const { backups, storage, dataDir } = clinic();
    const listed = storage.allFiles();
    vi.spyOn(storage, 'allFiles').mockReturnValue([...listed, path.join(dataDir, 'clients', 'c-gone.json')]);
    const { id } = await backups.take('manual');
    expect(await backups.verify(id)).toEqual({ ok: true, files: 1, problems: [] });
  });

  it('a record file that cannot be read for another reason stops the backup instead of leaving the record out', async () => {
    const { backups, storage, dataDir } = clinic();
    mkdirSync(path.join(dataDir, 'clients', 'c-folder.json'));
    vi.spyOn(storage, 'allFiles').mockReturnValue([...storage.allFiles(), path.join(dataDir, 'clients', 'c-folder.json')]);
    await expect(backups.take('manual')).rejects.toMatchObject({ code: 'EISDIR' });
    expect(backups.list()).toEqual([]);
  });

  it('judges each file by the schema its own folder is at', async () => {
    const { backups } = clinic({ migrations: { sessions: { current: 2, steps: { 1: (record) => record } }, '.': { current: 2, steps: { 1: (record) => record } } } });
    const files = {
      'sessions/s-1.json': { schemaVersion: 2, record: {} },
      'encryption.json': { schemaVersion: 2, record: { enabled: false } },
      'clients/c-1.json': { schemaVersion: 2, record: {} },
    };
    expect(await backups.verifyArchive(archiveOf(files))).toEqual({
      ok: false,
      files: 3,
      problems: ["The client file for 'Ana Ruiz': it was written by a newer Stillpoint (schema 2)."],
    });
  });
});

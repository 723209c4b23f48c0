import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupService, checksumOf, DAILY_RETRY_MS, DAY_MS, KEEP_AUTOMATIC, KEEP_MANUAL } from '../../../electron/services/backup';
import { ClientsService } from '../../../electron/services/clients';
import { createStorage } from '../../../electron/services/storage';
import type { Archive } from '../../../shared/contract/data-channels';
import { someClient } from '../../helpers/backend';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { layoutIn } from '../../helpers/safe-backend';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function clinic(appVersion = '1.0.0', layout = layoutIn(tempDir())) {
  const clock = new ManualClock(T0);
  const storage = createStorage(layout.dataDir);
  let running = false;
  let n = 0;
  const clients = new ClientsService({ storage, clock, newId: () => `c-${++n}` });
  const backups = new BackupService(storage, layout.backupsDir, clock, appVersion, () => running);
  const reasons = () => backups.list().map((backup) => backup.reason);
  const manifestOf = (id: string) => path.join(layout.backupsDir, `${id}.manifest.json`);
  return { layout, clock, storage, clients, backups, reasons, manifestOf, setRunning: (value: boolean) => (running = value) };
}

async function refusal(action: () => unknown): Promise<{ code?: string; message?: string }> {
  try {
    await action();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

describe('the daily backup', () => {
  it('an empty folder has nothing to back up; it looks again a day later', async () => {
    const { clock, backups, reasons } = clinic();
    backups.startDaily();
    await backups.idle();
    expect(reasons()).toEqual([]);
    expect(clock.pendingTimers()).toEqual([T0 + DAY_MS]);
  });

  it('is taken at start when one is due, and next a day after the last one', async () => {
    const { clock, clients, backups, reasons } = clinic();
    clients.create(someClient);
    backups.startDaily();
    await backups.idle();
    expect(reasons()).toEqual(['daily']);
    expect(clock.pendingTimers()).toEqual([T0 + DAY_MS]);
    backups.stop();
    clock.advance(5 * 60 * MIN);
    backups.startDaily();
    await backups.idle();
    expect(reasons()).toEqual(['daily']);
    expect(clock.pendingTimers()).toEqual([T0 + DAY_MS]);
  });

  it('waits while a session runs, looking again every ten minutes', async () => {
    const { clock, clients, backups, reasons, setRunning } = clinic();
    clients.create(someClient);
    setRunning(true);
    backups.startDaily();
    expect(clock.pendingTimers()).toEqual([T0 + DAILY_RETRY_MS]);
    setRunning(false);
    clock.advance(DAILY_RETRY_MS);
    await backups.idle();
    expect(reasons()).toEqual(['daily']);
  });

  it('counts from the last daily backup, not from a manual one taken since', async () => {
    const { clock, clients, backups } = clinic();
    clients.create(someClient);
    backups.startDaily();
    await backups.idle();
    backups.stop();
    clock.advance(60 * MIN);
    await backups.take('manual');
    backups.startDaily();
    expect(clock.pendingTimers()).toEqual([T0 + DAY_MS]);
  });

  it('stopping before it ever started is fine', () => {
    expect(() => clinic().backups.stop()).not.toThrow();
  });

  it('once stopped, takes nothing more', async () => {
    const { clock, clients, backups, reasons } = clinic();
    clients.create(someClient);
    backups.startDaily();
    await backups.idle();
    backups.stop();
    expect(clock.pendingTimers()).toEqual([]);
    clock.advance(3 * DAY_MS);
    await backups.idle();
    expect(reasons()).toEqual(['daily']);
  });
});

describe('a new version of the app', () => {
  it('on an empty folder takes no backup, and remembers the version', async () => {
    const { layout, backups, reasons } = clinic();
    await backups.checkAppVersion();
    expect(reasons()).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(layout.backupsDir, 'last-run.json'), 'utf8'))).toEqual({ appVersion: '1.0.0' });
  });

  it('backs the records up before touching them, once per version', async () => {
    const first = clinic('1.0.0');
    first.clients.create(someClient);
    await first.backups.checkAppVersion();
    expect(first.reasons()).toEqual(['before-update']);
    const same = clinic('1.0.0', first.layout);
    await same.backups.checkAppVersion();
    expect(same.reasons()).toEqual(['before-update']);
    const updated = clinic('2.0.0', first.layout);
    await updated.backups.checkAppVersion();
    expect(updated.reasons()).toEqual(['before-update', 'before-update']);
  });

  it('a note of the last version that cannot be read counts as a new version', async () => {
    const first = clinic('1.0.0');
    first.clients.create(someClient);
    await first.backups.checkAppVersion();
    writeFileSync(path.join(first.layout.backupsDir, 'last-run.json'), '{"appVersion":');
    const again = clinic('1.0.0', first.layout);
    await again.backups.checkAppVersion();
    expect(again.reasons()).toHaveLength(2);
  });
});

describe('backups kept', () => {
  it('two backups of the same kind at the same moment are both kept', async () => {
    const { clients, backups } = clinic();
    clients.create(someClient);
    const one = await backups.take('manual', T0);
    const two = await backups.take('manual', T0);
    expect(one.id).not.toBe(two.id);
    expect(backups.list().map((backup) => backup.takenAt)).toEqual([T0 + 1, T0]);
    expect((await backups.take('daily', T0)).takenAt).toBe(T0);
  });

  it('a backup and the note of the app version are private to the person using the computer', async () => {
    const { clients, backups, manifestOf, layout } = clinic();
    clients.create(someClient);
    await backups.checkAppVersion();
    const { id } = await backups.take('manual');
    expect(statSync(layout.backupsDir).mode & 0o777).toBe(0o700);
    expect(statSync(manifestOf(id)).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(layout.backupsDir, 'last-run.json')).mode & 0o777).toBe(0o600);
  });

  it('a damaged record is not copied into a backup; the sound ones are', async () => {
    const { clients, backups, layout, manifestOf } = clinic();
    const ana = clients.create(someClient);
    writeFileSync(path.join(layout.dataDir, 'clients', 'broken.json'), '{"schemaVersion": 1, "record": ');
    const { id } = await backups.take('manual');
    expect(Object.keys(JSON.parse(readFileSync(manifestOf(id), 'utf8')).files)).toEqual([`clients/${ana.id}.json`]);
  });

  it('an old backup’s copies that no other backup holds go with it', async () => {
    const { clock, clients, backups, layout } = clinic();
    const ana = clients.create(someClient);
    await backups.take('manual', T0);
    clock.advance(MIN);
    clients.update(ana.id, 1, { ...someClient, notes: 'changed' });
    for (let n = 1; n <= KEEP_MANUAL; n += 1) await backups.take('manual', T0 + n * MIN);
    const objects = readdirSync(path.join(layout.backupsDir, 'objects'), { recursive: true }).filter((name) => String(name).length > 3);
    expect(objects).toHaveLength(1);
  });

  it(`the last ${KEEP_AUTOMATIC} automatic ones of each kind and the last ${KEEP_MANUAL} manual ones`, async () => {
    const { clients, backups } = clinic();
    clients.create(someClient);
    for (let n = 0; n <= KEEP_MANUAL; n += 1) await backups.take('manual', T0 + n * MIN);
    for (let n = 0; n <= KEEP_AUTOMATIC; n += 1) await backups.take('daily', T0 + n * MIN);
    for (let n = 0; n <= KEEP_AUTOMATIC; n += 1) await backups.take('before-restore', T0 + n * MIN);
    const count = (reason: string) => backups.list().filter((backup) => backup.reason === reason);
    expect(count('manual')).toHaveLength(KEEP_MANUAL);
    expect(count('daily')).toHaveLength(KEEP_AUTOMATIC);
    expect(count('before-restore')).toHaveLength(KEEP_AUTOMATIC);
    expect(count('manual').at(-1)?.takenAt).toBe(T0 + MIN);
  });

  it('a record that changed since the last backup is stored again; one removed since is not in the next', async () => {
    const { clock, clients, backups, layout } = clinic();
    const ana = clients.create(someClient);
    const bo = clients.create({ ...someClient, name: 'Bo Lind' });
    const first = await backups.take('manual');
    clock.advance(MIN);
    clients.update(ana.id, 1, { ...someClient, notes: 'changed' });
    rmSync(path.join(layout.dataDir, 'clients', `${bo.id}.json`));
    const second = await backups.take('manual');
    expect(await backups.verify(first.id)).toMatchObject({ ok: true });
    const files = (id: string) => JSON.parse(readFileSync(path.join(layout.backupsDir, `${id}.manifest.json`), 'utf8')).files;
    expect(Object.keys(files(second.id))).not.toContain(`clients/${bo.id}.json`);
    expect(files(second.id)[`clients/${ana.id}.json`]).not.toBe(files(first.id)[`clients/${ana.id}.json`]);
    expect(backups.latestCopyOf(`clients/${ana.id}`)).toMatchObject({ id: second.id, content: { notes: 'changed' } });
  });
});

describe('what restore and verify refuse, naming the backup', () => {
  it('a backup that does not exist', async () => {
    const { backups } = clinic();
    expect(await refusal(() => backups.verify('1795000000000-manual'))).toMatchObject({ code: 'not-found', message: 'There is no backup 1795000000000-manual.' });
  });

  it('a backup whose list of files cannot be read', async () => {
    const { clients, backups, manifestOf } = clinic();
    clients.create(someClient);
    const { id } = await backups.take('manual');
    writeFileSync(manifestOf(id), '{"format":');
    const fresh = new BackupService(createStorage(tempDir()), path.dirname(manifestOf(id)), new ManualClock(T0), '1.0.0');
    expect(await refusal(() => fresh.verify(id))).toMatchObject({ code: 'refused', message: `The backup ${id} is damaged: its list of files cannot be read.` });
  });

  it('a stored copy missing or changed, or a list that does not match its checksum, fails verification and is not restored', async () => {
    const { clients, backups, manifestOf, layout } = clinic();
    const ana = clients.create(someClient);
    const { id } = await backups.take('manual');
    const manifest = JSON.parse(readFileSync(manifestOf(id), 'utf8'));
    const hash = manifest.files[`clients/${ana.id}.json`];
    rmSync(path.join(layout.backupsDir, 'objects', hash.slice(0, 2), hash));
    expect(await backups.verify(id)).toEqual({ ok: false, files: 0, problems: [`The client file for '${ana.name}': its copy in this backup is missing.`] });

    writeFileSync(manifestOf(id), JSON.stringify({ ...manifest, files: {} }));
    const fresh = new BackupService(createStorage(layout.dataDir), layout.backupsDir, new ManualClock(T0), '1.0.0');
    expect(await fresh.verify(id)).toMatchObject({ ok: false, problems: ['The list of files does not match its checksum: the backup was changed or damaged.'] });
    expect(await refusal(() => fresh.restore(id))).toMatchObject({
      code: 'refused',
      message: 'That backup did not pass verification: The list of files does not match its checksum: the backup was changed or damaged.',
    });
    expect(clients.get(ana.id).name).toBe('Ana Ruiz');
  });

  it('a copy of one record that the backup does not hold', async () => {
    const { clients, backups } = clinic();
    clients.create(someClient);
    const { id } = await backups.take('manual');
    expect(() => backups.restoreRecord('clients/c-9', id)).toThrow(expect.objectContaining({ code: 'refused', message: 'That backup holds no copy of a client file.' }));
  });
});

describe('an archive file given to import or verify', () => {
  it('that is not JSON, or not an archive, is refused in plain words', () => {
    const { backups } = clinic();
    expect(() => backups.parseArchive('{"format": "stillpoint-archive",')).toThrow(
      expect.objectContaining({ code: 'refused', message: 'That backup file is damaged: it is not valid JSON.' }),
    );
    expect(() => backups.parseArchive('{"hello": "world"}')).toThrow(expect.objectContaining({ code: 'refused', message: 'That file is not a Stillpoint backup or export.' }));
  });

  it('names a file whose path leaves the data folder, or that a newer Stillpoint wrote', async () => {
    const { backups } = clinic();
    const files = { '../outside.json': { schemaVersion: 1, record: {} }, 'clients/c-1.json': { schemaVersion: 2, record: {} } };
    const archive = { format: 'stillpoint-archive', version: 1, createdAt: T0, reason: 'export', appVersion: '1.0.0', files, checksum: checksumOf(files) } as Archive;
    expect(await backups.verifyArchive(archive)).toEqual({
      ok: false,
      files: 2,
      problems: ['A file Stillpoint does not know, “../outside.json”: its path leaves the data folder.', 'A client file: it was written by a newer Stillpoint (schema 2).'],
    });
  });

  it('names a file that is not a record at all', async () => {
    const { backups } = clinic();
    const files = { 'clients/c-1.json': '[1, 2]', 'clients/c-2.json': 'null', 'clients/c-3.json': { hello: 'world' } };
    const archive = { format: 'stillpoint-archive', version: 1, createdAt: T0, reason: 'export', appVersion: '1.0.0', files, checksum: checksumOf(files) } as Archive;
    expect((await backups.verifyArchive(archive)).problems).toEqual([
      'A client file: it cannot be read.',
      'A client file: it cannot be read.',
      'A client file: it is not a Stillpoint record.',
    ]);
  });

  it('an archive changed since it was made is not imported, and nothing is written', async () => {
    const source = clinic();
    source.clients.create(someClient);
    const archive = await source.backups.exportArchive();
    const target = clinic();
    const altered = { ...archive, files: { ...archive.files, 'clients/c-9.json': { schemaVersion: 1, record: {} } } };
    expect(await refusal(() => target.backups.importArchive(altered))).toMatchObject({
      code: 'refused',
      message: 'That archive did not pass verification: The checksum does not match: the archive was changed or damaged.',
    });
    expect(existsSync(path.join(target.layout.dataDir, 'clients'))).toBe(false);
  });

  it('goes only into a Stillpoint with no clients or sessions yet', async () => {
    const source = clinic();
    source.clients.create(someClient);
    const archive = await source.backups.exportArchive();
    const target = clinic();
    target.clients.create({ ...someClient, name: 'Bo Lind' });
    expect(await refusal(() => target.backups.importArchive(archive))).toMatchObject({
      code: 'conflict',
      message: 'Import only goes into a Stillpoint with no clients or sessions yet. This one already has some; restore a backup instead.',
    });
    expect(readdirSync(path.join(target.layout.dataDir, 'clients'))).toHaveLength(1);
    expect(existsSync(target.layout.backupsDir)).toBe(false);
  });
});

describe('what a restore, an export and an import keep', () => {
  it('a restore puts back exactly the backup, after a safety backup of what was there, and says what it did', async () => {
    const { clock, clients, backups } = clinic();
    const ana = clients.create(someClient);
    const { id } = await backups.take('manual');
    clock.advance(MIN);
    clients.update(ana.id, 1, { ...someClient, notes: 'after the backup' });
    clients.create({ ...someClient, name: 'Bo Lind' });
    const result = await backups.restore(id);
    expect(result).toMatchObject({ restored: 1, removed: 1, verification: { ok: true, files: 1, problems: [] } });
    expect(backups.list().find((backup) => backup.id === result.safetyBackup)?.reason).toBe('before-restore');
    clients.reload();
    expect(clients.search('').clients.map((client) => client.name)).toEqual(['Ana Ruiz']);
    expect(clients.get(ana.id).notes).toBe('');
  });

  it('an export holds every record as it reads, with a checksum of them, and leaves no backup behind', async () => {
    const { clock, clients, backups } = clinic();
    const ana = clients.create(someClient);
    clock.advance(MIN);
    const archive = await backups.exportArchive();
    expect(archive).toMatchObject({ format: 'stillpoint-archive', version: 1, reason: 'export', createdAt: T0 + MIN, appVersion: '1.0.0' });
    expect(archive.files[`clients/${ana.id}.json`]).toMatchObject({ schemaVersion: 1, record: { name: 'Ana Ruiz' } });
    expect(archive.checksum).toBe(checksumOf(archive.files));
    expect(backups.list()).toEqual([]);
  });

  it('an import into an empty install leaves exactly the archive, and counts it', async () => {
    const source = clinic();
    source.clients.create(someClient);
    const archive = await source.backups.exportArchive();
    const target = clinic();
    expect(await target.backups.importArchive(archive)).toMatchObject({ imported: Object.keys(archive.files).length, verification: { ok: true } });
    target.clients.reload();
    expect(target.clients.search('').clients.map((client) => client.name)).toEqual(['Ana Ruiz']);
  });

  it('takes one backup before the first record is migrated, however many are', () => {
    const { clients, backups, reasons } = clinic();
    clients.create(someClient);
    backups.beforeMigration();
    backups.beforeMigration();
    expect(reasons()).toEqual(['before-migration']);
  });
});

describe('one record put back from a backup', () => {
  it('the newest backup holding a readable copy, skipping a copy as damaged as the file itself', async () => {
    const { clock, clients, backups } = clinic();
    const ana = clients.create(someClient);
    const older = await backups.take('manual');
    clock.advance(MIN);
    clients.update(ana.id, 1, { ...someClient, notes: 'newer' });
    const newer = await backups.take('manual');
    expect(backups.latestCopyOf(`clients/${ana.id}`)).toMatchObject({ id: newer.id, content: { notes: 'newer' } });
    const stored = (await backups.job(() => backups.storedFiles(newer.id)))[`clients/${ana.id}.json`] as string;
    expect(backups.latestCopyOf(`clients/${ana.id}`, stored)).toMatchObject({ id: older.id, content: { notes: '' } });
    expect(backups.latestCopyOf('clients/c-9')).toBeNull();
    backups.restoreRecord(`clients/${ana.id}`, older.id);
    expect(clients.get(ana.id).notes).toBe('');
  });
});

describe('a backup rewritten (when encryption seals what it holds)', () => {
  it('holds the new content, still verifies, and keeps no copy no backup names', async () => {
    const { clients, backups, layout } = clinic();
    const ana = clients.create(someClient);
    const { id } = await backups.take('manual');
    const relative = `clients/${ana.id}.json`;
    const before = (await backups.job(() => backups.storedFiles(id)))[relative] as string;
    const replaced = JSON.stringify({ ...JSON.parse(before), record: { ...JSON.parse(before).record, notes: 'rewritten' } });
    await backups.job(() => backups.rewrite(id, { [relative]: replaced }));
    expect((await backups.job(() => backups.storedFiles(id)))[relative]).toBe(replaced);
    expect(await backups.verify(id)).toMatchObject({ ok: true });
    const objects = readdirSync(path.join(layout.backupsDir, 'objects'), { recursive: true }).filter((name) => String(name).length > 3);
    expect(objects).toHaveLength(1);
  });
});

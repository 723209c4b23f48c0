import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { BackupService } from '../../../../electron/services/backup';
import { ENCRYPTED_PREFIX, fixedKeyProvider } from '../../../../electron/services/encryption';
import { sealBackups, sealQuarantine } from '../../../../electron/services/plaintext-sweep';
import { createStorage } from '../../../../electron/services/storage';
import { ManualClock } from '../../../helpers/manual-clock';
import { T0 } from '../../../helpers/sessions';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const noteSchema = z.strictObject({ name: z.string(), notes: z.string() });
const SECRET = 'Old shoulder injury';

/** A data folder with one client's record and a backup of it taken while encryption was off. */
async function plainBackups(count = 1) {
  const dataDir = tempDir();
  const clock = new ManualClock(T0);
  const storage = createStorage(dataDir, { keys: fixedKeyProvider(randomBytes(32)) });
  storage.record('clients', 'c-1', noteSchema).write({ name: 'Ana Ruiz', notes: SECRET });
  storage.plainRecord('.', 'encryption', z.strictObject({ enabled: z.boolean() })).write({ enabled: false });
  const backupsDir = path.join(path.dirname(dataDir), 'backups');
  const backups = new BackupService(storage, backupsDir, clock, '1.0.0');
  for (let n = 0; n < count; n += 1) {
    await backups.take('manual');
    clock.advance(60_000);
  }
  const codec = storage.context.codec;
  const openKey = async () => {
    codec.useKey(await codec.keys!.open({ create: true }));
    codec.encrypting = true;
  };
  return { dataDir, storage, backups, backupsDir, codec, openKey };
}

const filesUnder = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)])) : [];
const readableIn = (dir: string) => filesUnder(dir).filter((file) => readFileSync(file, 'utf8').includes(SECRET));

describe('backups taken before encryption was on', () => {
  it('are rewritten sealed once the key is open: no backup file reads without it, and each still restores the record', async () => {
    const { backups, backupsDir, codec, openKey } = await plainBackups(2);
    expect(readableIn(backupsDir)).not.toEqual([]);
    await openKey();

    await sealBackups(backups, codec, new Set());

    expect(readableIn(backupsDir)).toEqual([]);
    for (const backup of backups.list()) {
      expect(await backups.verify(backup.id)).toMatchObject({ ok: true });
      const files = await backups.job(() => backups.storedFiles(backup.id));
      expect((files['clients/c-1.json'] as string).startsWith(ENCRYPTED_PREFIX)).toBe(true);
      expect(codec.decode(files['clients/c-1.json'] as string, 'clients/c-1')).toMatchObject({ record: { name: 'Ana Ruiz', notes: SECRET } });
      // The setting itself stays readable without the key: it says whether a key is needed.
      expect(JSON.parse(files['encryption.json'] as string)).toMatchObject({ record: { enabled: false } });
    }
  });

  it('are listed with the size of the sealed records they now hold, here and after a restart', async () => {
    const { storage, backups, backupsDir, codec, openKey } = await plainBackups(2);
    await openKey();
    await sealBackups(backups, codec, new Set());

    const heldBytes = async (id: string): Promise<number> =>
      Object.values(await backups.job(() => backups.storedFiles(id))).reduce<number>(
        (sum, content) => sum + Buffer.byteLength(typeof content === 'string' ? content : JSON.stringify(content, null, '\t')),
        0,
      );
    const reopened = new BackupService(storage, backupsDir, new ManualClock(T0), '1.0.0');
    for (const backup of backups.list()) {
      const held = await heldBytes(backup.id);
      expect(backup.bytes).toBe(held);
      expect(reopened.list().find((each) => each.id === backup.id)?.bytes).toBe(held);
    }
  });

  it('are left as they are while encryption is off or the key is closed', async () => {
    const { backups, backupsDir, codec } = await plainBackups();
    const before = readableIn(backupsDir);
    await sealBackups(backups, codec, new Set());
    codec.encrypting = true;
    await sealBackups(backups, codec, new Set());
    expect(readableIn(backupsDir)).toEqual(before);
  });

  it('are read once per run: a backup found sealed is not read again', async () => {
    const { backups, codec, openKey } = await plainBackups(2);
    await openKey();
    const sealed = new Set<string>();
    await sealBackups(backups, codec, sealed);
    expect([...sealed].sort()).toEqual(backups.list().map((backup) => backup.id).sort());

    const read = vi.spyOn(backups, 'storedFiles');
    await sealBackups(backups, codec, sealed);
    expect(read).not.toHaveBeenCalled();
  });

  it('already sealed, are counted as sealed without being rewritten', async () => {
    const { backups, backupsDir, codec, openKey } = await plainBackups();
    await openKey();
    await sealBackups(backups, codec, new Set());
    const rewrite = vi.spyOn(backups, 'rewrite');
    const sealed = new Set<string>();

    await sealBackups(backups, codec, sealed);

    expect(rewrite).not.toHaveBeenCalled();
    expect(sealed.size).toBe(1);
    expect(readableIn(backupsDir)).toEqual([]);
  });

  it('one that cannot be read is left as it is, the others sealed all the same', async () => {
    const { backups, backupsDir, codec, openKey } = await plainBackups(2);
    const [newest, older] = backups.list();
    vi.spyOn(backups, 'storedFiles').mockImplementation(function* (id: string) {
      if (id === newest!.id) throw new Error('the manifest does not read');
      return yield* BackupService.prototype.storedFiles.call(backups, id);
    });
    await openKey();
    const sealed = new Set<string>();

    await sealBackups(backups, codec, sealed);

    expect([...sealed]).toEqual([older!.id]);
    expect(readableIn(backupsDir).length).toBeGreaterThan(0);
  });

  it('a copy in it that does not open is kept as it is, and the backup is checked again next run', async () => {
    const { backups, codec, openKey } = await plainBackups();
    const [backup] = backups.list();
    const real = BackupService.prototype.storedFiles;
    vi.spyOn(backups, 'storedFiles').mockImplementation(function* (id: string) {
      const files = yield* real.call(backups, id);
      return { ...files, 'clients/c-2.json': `${ENCRYPTED_PREFIX.slice(0, -1)}?not-a-copy` };
    });
    await openKey();
    const sealed = new Set<string>();

    await sealBackups(backups, codec, sealed);

    expect(sealed.has(backup!.id)).toBe(false);
  });

  it('a backup in the old single-archive form, records stored as plain objects, is sealed too', async () => {
    const { backups, backupsDir, codec, openKey } = await plainBackups();
    const archive = await backups.exportArchive();
    const files = Object.fromEntries(Object.entries(archive.files).map(([relative, content]) => [relative, typeof content === 'string' ? JSON.parse(content) : content]));
    const { checksumOf } = await import('../../../../electron/services/backup');
    writeFileSync(path.join(backupsDir, `${String(T0 - 1000).padStart(13, '0')}-daily.json`), JSON.stringify({ ...archive, files, reason: 'daily', createdAt: T0 - 1000, checksum: checksumOf(files) }));
    await openKey();

    await sealBackups(backups, codec, new Set());

    expect(readableIn(backupsDir)).toEqual([]);
    const daily = backups.list().find((backup) => backup.reason === 'daily')!;
    expect(await backups.verify(daily.id)).toMatchObject({ ok: true });
  });
});

describe('files set aside as damaged', () => {
  it('are sealed where they lie once the key is open; one already sealed is left alone', async () => {
    const { dataDir, storage, codec, openKey } = await plainBackups();
    const plainFile = path.join(dataDir, 'clients', 'c-9.json');
    writeFileSync(plainFile, `{"schemaVersion":1,"record":{"name":"Ben","notes":"${SECRET}"`);
    const plain = storage.quarantine.setAside(plainFile, 'clients/c-9', 'it could not be read');
    const sealedFile = path.join(dataDir, 'clients', 'c-8.json');
    writeFileSync(sealedFile, `${ENCRYPTED_PREFIX}already-sealed`);
    const sealed = storage.quarantine.setAside(sealedFile, 'clients/c-8', 'it did not open');

    sealQuarantine(storage.quarantine, codec);
    expect(storage.quarantine.contentOf(plain)).toContain(SECRET);

    await openKey();
    sealQuarantine(storage.quarantine, codec);

    const text = storage.quarantine.contentOf(plain)!;
    expect(text.startsWith(ENCRYPTED_PREFIX)).toBe(true);
    expect(text).not.toContain(SECRET);
    expect(storage.quarantine.contentOf(sealed)).toBe(`${ENCRYPTED_PREFIX}already-sealed`);
  });
});

import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, ManifestReader, manifestChecksum, type Manifest } from '../../../electron/services/backup-manifest';
import { ObjectStore, sha256 } from '../../../electron/services/backup-objects';
import { runNow } from '../../../electron/services/slices';
import { T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('the object store: each version of a record file kept once, by the hash of its bytes', () => {
  it('keeps new bytes and says how many it added; the same bytes again add nothing', () => {
    const store = new ObjectStore(path.join(tempDir(), 'objects'));
    const bytes = Buffer.from('{"name":"Ana"}');
    expect(store.put(bytes)).toEqual({ hash: sha256(bytes), added: bytes.length });
    expect(store.put(Buffer.from('{"name":"Ana"}'))).toEqual({ hash: sha256(bytes), added: 0 });
    expect(store.has(sha256(bytes))).toBe(true);
    expect(store.get(sha256(bytes))).toEqual(bytes);
    expect(readdirSync(store.dir)).toEqual([sha256(bytes).slice(0, 2)]);
  });

  it('keeps its copies private to the person using the computer', () => {
    const store = new ObjectStore(path.join(tempDir(), 'objects'));
    const { hash } = store.put(Buffer.from('{"name":"Ana"}'));
    expect(statSync(path.join(store.dir, hash.slice(0, 2), hash)).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(store.dir, hash.slice(0, 2))).mode & 0o777).toBe(0o700);
  });

  it('a stored copy whose bytes changed is refused as damaged, and one that is gone is missing', () => {
    const store = new ObjectStore(path.join(tempDir(), 'objects'));
    const { hash } = store.put(Buffer.from('original'));
    writeFileSync(path.join(store.dir, hash.slice(0, 2), hash), 'changed');
    expect(() => store.get(hash)).toThrow('its copy in this backup is damaged: it is no longer what was stored');
    expect(store.has(sha256('never stored'))).toBe(false);
    expect(() => store.get(sha256('never stored'))).toThrow(/ENOENT/);
  });

  // A backup resealed over a copy that went missing is listed by this size: a missing one counts as nothing, not as a broken number.
  it('says how many bytes a stored copy holds, and none for one that is gone', () => {
    const store = new ObjectStore(path.join(tempDir(), 'objects'));
    const { hash } = store.put(Buffer.from('{"name":"Ana Ruiz"}'));
    expect(store.sizeOf(hash)).toBe(19);
    expect(store.sizeOf(sha256('never stored'))).toBe(0);
  });

  it('a sweep removes only what no kept backup refers to, and counts it', () => {
    const store = new ObjectStore(path.join(tempDir(), 'objects'));
    const kept = store.put(Buffer.from('kept')).hash;
    const gone = ['old 1', 'old 2'].map((text) => store.put(Buffer.from(text)).hash);
    expect(runNow(store.sweep(new Set([kept])))).toBe(2);
    expect(store.has(kept)).toBe(true);
    expect(gone.map((hash) => store.has(hash))).toEqual([false, false]);
    expect(runNow(store.sweep(new Set([kept])))).toBe(0);
  });

  it('a sweep before any backup was taken has nothing to do', () => {
    expect(runNow(new ObjectStore(path.join(tempDir(), 'no-objects-yet')).sweep(new Set()))).toBe(0);
  });
});

describe('the backups in a folder', () => {
  it('newest first, of either format, with when and why each was taken and its size', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, `${T0}-daily.manifest.json`), 'abc');
    writeFileSync(path.join(dir, `${T0 + 1000}-before-restore.json`), 'abcdef');
    writeFileSync(path.join(dir, `${T0 - 1000}-manual.manifest.json`), '');
    expect(listBackups(dir)).toEqual([
      { id: `${T0 + 1000}-before-restore`, takenAt: T0 + 1000, reason: 'before-restore', bytes: 6, file: `${T0 + 1000}-before-restore.json`, kind: 'archive' },
      { id: `${T0}-daily`, takenAt: T0, reason: 'daily', bytes: 3, file: `${T0}-daily.manifest.json`, kind: 'manifest' },
      { id: `${T0 - 1000}-manual`, takenAt: T0 - 1000, reason: 'manual', bytes: 0, file: `${T0 - 1000}-manual.manifest.json`, kind: 'manifest' },
    ]);
  });

  // A person reads "the size of a backup" as the size of the records it holds; a manifest's own file is only their hashes.
  it('lists a backup by the size of the records it holds, however long its list of files', () => {
    const dir = tempDir();
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, n) => [`sessions/s-${n}.json`, sha256(`session ${n}`)]));
    const write = (name: string, files: Record<string, string>, bytes: number) =>
      writeFileSync(path.join(dir, name), JSON.stringify({ format: 'stillpoint-backup', version: 2, createdAt: T0, reason: 'daily', appVersion: '1.0.0', files, bytes, checksum: manifestChecksum(files) }));
    write(`${T0}-daily.manifest.json`, many, 1_234_567);
    write(`${T0 - 1000}-manual.manifest.json`, {}, 42);
    expect(statSync(path.join(dir, `${T0}-daily.manifest.json`)).size).toBeGreaterThan(2_000);
    expect(listBackups(dir).map(({ bytes }) => bytes)).toEqual([1_234_567, 42]);
  });

  // The backups are listed again and again while the app runs: a handle left open each time runs the process out of them.
  it.skipIf(process.platform !== 'linux')('lets go of every manifest it looked into', () => {
    const dir = tempDir();
    for (const at of [T0, T0 + 1000]) writeFileSync(path.join(dir, `${at}-daily.manifest.json`), '{"bytes":3,"checksum":"' + sha256('x') + '"}');
    expect(listBackups(dir).map(({ bytes }) => bytes)).toEqual([3, 3]);
    const heldOpen = readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`).startsWith(dir);
      } catch {
        return false;
      }
    });
    expect(heldOpen).toEqual([]);
  });

  it('leaves out files that are not backups: other names, reasons Stillpoint does not give, the object store', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'objects'));
    for (const name of [`${T0}-holiday.json`, `${T0}-daily.txt`, `x${T0}-daily.json`, `${T0}-daily.json.tmp`, '123-daily.json', `${T0}-Daily.json`, 'notes.json']) {
      writeFileSync(path.join(dir, name), '{}');
    }
    expect(listBackups(dir)).toEqual([]);
  });

  it('a folder that does not exist yet holds none', () => {
    expect(listBackups(path.join(tempDir(), 'backups'))).toEqual([]);
  });
});

describe('a backup’s list of files', () => {
  const files = { 'clients/c-1.json': sha256('a'), 'plan-order.json': sha256('b') };
  const manifest: Manifest = {
    format: 'stillpoint-backup',
    version: 2,
    createdAt: T0,
    reason: 'daily',
    appVersion: '1.0.0',
    files,
    bytes: 2,
    checksum: manifestChecksum(files),
  };

  it('has a checksum that does not depend on the order the files were listed in, and changes with any hash', () => {
    expect(manifestChecksum({ 'plan-order.json': sha256('b'), 'clients/c-1.json': sha256('a') })).toBe(manifest.checksum);
    expect(manifestChecksum({ ...files, 'plan-order.json': sha256('c') })).not.toBe(manifest.checksum);
  });

  it('is read once and kept; a forgotten one is read again from disk', () => {
    const dir = tempDir();
    const file = `${T0}-daily.manifest.json`;
    writeFileSync(path.join(dir, file), JSON.stringify(manifest));
    const reader = new ManifestReader(dir);
    const [entry] = listBackups(dir);
    expect(reader.read(entry!)).toEqual(manifest);
    writeFileSync(path.join(dir, file), JSON.stringify({ ...manifest, appVersion: '2.0.0' }));
    expect(reader.read(entry!).appVersion).toBe('1.0.0');
    reader.forget(file);
    expect(reader.read(entry!).appVersion).toBe('2.0.0');
    expect(existsSync(path.join(dir, file))).toBe(true);
  });

  it('a list that is not a backup’s is refused, not read as one', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, `${T0}-daily.manifest.json`), JSON.stringify({ ...manifest, files: { 'clients/c-1.json': 'not a hash' } }));
    const [entry] = listBackups(dir);
    expect(() => new ManifestReader(dir).read(entry!)).toThrow();
    expect(readFileSync(path.join(dir, entry!.file), 'utf8')).toContain('not a hash');
  });
});

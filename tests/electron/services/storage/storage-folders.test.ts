import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { fixedKeyProvider, KEY_BYTES } from '../../../../electron/services/encryption';
import { statKey } from '../../../../electron/services/record-cache';
import { MAX_RECORD_BYTES } from '../../../../electron/services/record-store';
import { runNow } from '../../../../electron/services/slices';
import { createStorage, defaultQuarantineDir } from '../../../../electron/services/storage';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const anyRecord = z.strictObject({ n: z.number() });
const stored = (n: number) => JSON.stringify({ schemaVersion: 1, record: { n } });

function folderWith(files: Record<string, string>): string {
  const dataDir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dataDir, name)), { recursive: true });
    writeFileSync(path.join(dataDir, name), text);
  }
  return dataDir;
}

describe('the records of a folder', () => {
  it('are listed by name, sorted, without temp files or a sync engine’s conflict copies', () => {
    const dataDir = folderWith({
      'clients/c-1.json': stored(1),
      'clients/c-2.json': stored(2),
      'clients/c-3.json': stored(3),
      'clients/c-1.sync-conflict-20261130-101010-ABCDEFG.json': stored(3),
      'clients/.c-4.json': stored(4),
      'clients/notes.txt': 'x',
    });
    const storage = createStorage(dataDir);
    expect(storage.list('clients')).toEqual(['c-1', 'c-2', 'c-3']);
    expect(storage.hasAny('clients')).toBe(true);
  });

  it('are none for a folder not made yet, and a folder that is a file is an error, not an empty list', () => {
    const dataDir = folderWith({ plans: 'a file' });
    const storage = createStorage(dataDir);
    expect(storage.list('clients')).toEqual([]);
    expect(storage.hasAny('clients')).toBe(false);
    expect(storage.conflictCopies('clients')).toEqual([]);
    expect(() => storage.list('plans')).toThrow(/ENOTDIR/);
    expect(() => storage.hasAny('plans')).toThrow(/ENOTDIR/);
    expect(() => storage.conflictCopies('plans')).toThrow(/ENOTDIR/);
  });

  it('has none when it holds only temp files, copies or sub-folders', () => {
    const dataDir = folderWith({ 'clients/c-1.json.tmp-1': stored(1), 'clients/c-1.sync-conflict-20261130-101010-ABCDEFG.json': stored(1), 'clients/old/c-9.json': stored(9) });
    expect(createStorage(dataDir).hasAny('clients')).toBe(false);
  });

  it('names each conflict copy with the record it is a second version of, and the device it came from', () => {
    const dataDir = folderWith({
      'clients/c-1.json': stored(1),
      'clients/c-1.sync-conflict-20261130-101010-ABCDEFG.json': stored(2),
      'clients/c-1.sync-conflict-20261130-101010-HIJKLMN.json': stored(2),
      'clients/.syncthing.c-1.sync-conflict-20261130-101010-ABCDEFG.json.tmp': stored(3),
    });
    expect(createStorage(dataDir).conflictCopies('clients')).toEqual([
      { name: 'c-1.sync-conflict-20261130-101010-ABCDEFG', record: 'c-1', from: 'ABCDEFG' },
      { name: 'c-1.sync-conflict-20261130-101010-HIJKLMN', record: 'c-1', from: 'HIJKLMN' },
    ]);
  });

  it('every record file of the data folder, sorted, without the hidden caches or temp files', () => {
    const dataDir = folderWith({
      'clients/c-1.json': stored(1),
      'sessions/s-1.json': stored(1),
      'settings.json': stored(1),
      '.cache/clients-summaries.json': '{}',
      'clients/c-2.json.tmp-5': stored(2),
    });
    expect(createStorage(dataDir).allFiles().map((file) => path.relative(dataDir, file))).toEqual(['clients/c-1.json', 'sessions/s-1.json', 'settings.json']);
    expect(createStorage(path.join(dataDir, 'missing')).allFiles()).toEqual([]);
  });
});

describe('summaries of a folder', () => {
  it('summarises each record once, then answers from a cache of unchanged files, sealed while encryption is on', () => {
    const dataDir = folderWith({ 'clients/c-1.json': stored(1), 'clients/c-2.json': stored(2) });
    const key = randomBytes(KEY_BYTES);
    const storage = createStorage(dataDir, { keys: fixedKeyProvider(key) });
    storage.context.codec.encrypting = true;
    storage.context.codec.useKey(key);
    const summarized: string[] = [];
    const summarize = (name: string) => {
      summarized.push(name);
      return storage.record('clients', name, anyRecord).read()?.n;
    };
    expect(storage.summaries('clients', summarize)).toEqual({ summaries: [1, 2], unreadable: [] });
    const cache = readFileSync(path.join(dataDir, '.cache', 'clients-summaries.json'), 'utf8');
    const lines = (storage.context.codec.decode(cache, '.cache/clients-summaries') as string).split('\n').map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual([
      ['c-1', expect.any(String), 1],
      ['c-2', expect.any(String), 2],
    ]);
    expect(() => storage.context.codec.decode(cache, '.cache/plans-summaries')).toThrow();
    expect(storage.summaries('clients', summarize).summaries).toEqual([1, 2]);
    expect(summarized).toEqual(['c-1', 'c-2']);
  });

  it('does not trust a cache left plain from before encryption was on: it is rebuilt from the files', () => {
    const dataDir = folderWith({ 'clients/c-1.json': stored(1) });
    // Right for the file as it is, so only its being plain can tell it apart.
    const key1 = statKey(statSync(path.join(dataDir, 'clients', 'c-1.json')));
    mkdirSync(path.join(dataDir, '.cache'));
    writeFileSync(path.join(dataDir, '.cache', 'clients-summaries.json'), JSON.stringify({ 'c-1': [key1, 99] }));
    const key = randomBytes(KEY_BYTES);
    const storage = createStorage(dataDir, { keys: fixedKeyProvider(key) });
    storage.context.codec.encrypting = true;
    storage.context.codec.useKey(key);
    expect(storage.summaries('clients', (name) => storage.record('clients', name, anyRecord).read()?.n).summaries).toEqual([1]);
  });
});

describe('the start-up check', () => {
  it('sets aside what is damaged, too large or from a newer version, keeps the rest, and says what it set aside', () => {
    const dataDir = folderWith({
      'clients/c-1.json': stored(1),
      'clients/c-2.json': '{"schemaVersion":1,"rec',
      'clients/c-3.json': JSON.stringify({ schemaVersion: 2, record: { n: 3 } }),
      'clients/c-4.json': JSON.stringify({ schemaVersion: 1 }),
    });
    const storage = createStorage(dataDir);
    const setAside = runNow(storage.scan());
    expect(setAside.map((entry) => entry.record).sort()).toEqual(['clients/c-2', 'clients/c-3', 'clients/c-4']);
    expect(storage.list('clients')).toEqual(['c-1']);
    // Beside the data folder, where a person looks for it.
    expect(storage.quarantine.dir).toBe(path.join(path.dirname(dataDir), 'quarantine'));
    expect(readdirSync(defaultQuarantineDir(dataDir)).filter((name) => name.endsWith('.about.json'))).toHaveLength(3);
    // A second check reports nothing new.
    expect(runNow(createStorage(dataDir).scan())).toEqual([]);
  });
});

describe('what the start-up check remembers', () => {
  const soundIn = (dataDir: string) => Object.keys(JSON.parse(readFileSync(path.join(dataDir, '.cache', 'scan-index.json'), 'utf8')).files).sort();

  it('remembers the files it found sound, up to the largest readable size, and forgets files that went', () => {
    const dataDir = folderWith({
      'clients/c-1.json': stored(1),
      'clients/c-2.json': stored(2),
      'clients/c-3.json': '{"half":',
      'clients/c-4.json': stored(4).padEnd(MAX_RECORD_BYTES, ' '),
      'clients/c-5.json': stored(5).padEnd(MAX_RECORD_BYTES + 1, ' '),
    });
    runNow(createStorage(dataDir).scan());
    expect(soundIn(dataDir)).toEqual(['clients/c-1', 'clients/c-2', 'clients/c-4']);
    rmSync(path.join(dataDir, 'clients', 'c-2.json'));
    runNow(createStorage(dataDir).scan());
    expect(soundIn(dataDir)).toEqual(['clients/c-1', 'clients/c-4']);
  });

  it('checks every file again once the schema versions changed, so an older record is migrated at start', () => {
    const dataDir = folderWith({ 'clients/c-1.json': stored(1) });
    runNow(createStorage(dataDir, { migrations: { clients: { current: 1, steps: {} } } }).scan());
    const beforeMigration = vi.fn();
    const migrations = { clients: { current: 2, steps: { 1: (record: unknown) => record } } };
    runNow(createStorage(dataDir, { migrations, beforeMigration }).scan());
    expect(beforeMigration).toHaveBeenCalledTimes(1);
    expect(JSON.parse(readFileSync(path.join(dataDir, 'clients', 'c-1.json'), 'utf8')).schemaVersion).toBe(2);
  });
});

describe('what the store reports', () => {
  it('tells the app when the disk refuses a write, and when all is saved again', () => {
    const dataDir = tempDir();
    const trouble = { full: true };
    const statuses: string[] = [];
    const storage = createStorage(dataDir, {
      onDiskStatus: (status) => statuses.push(status.state),
      writeGuard: () => {
        if (trouble.full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    storage.record('clients', 'c-1', anyRecord).write({ n: 1 });
    trouble.full = false;
    storage.disk.retryNow();
    expect(statuses).toEqual(['retrying', 'ok']);
  });

  it('a data folder that is not a folder is an error, not an empty list of files', () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, 'data'), 'a file');
    expect(() => createStorage(path.join(dataDir, 'data')).allFiles()).toThrow(/ENOTDIR/);
  });
});

describe('journals and caches across the whole folder', () => {
  it('folds every live journal into its record file, so the files alone hold everything', () => {
    const dataDir = tempDir();
    const storage = createStorage(dataDir);
    const file = storage.record('sessions', 's-1', anyRecord);
    file.write({ n: 1 });
    file.startJournal();
    file.write({ n: 2 });
    storage.foldJournals();
    expect(JSON.parse(readFileSync(path.join(dataDir, 'sessions', 's-1.json'), 'utf8')).record).toEqual({ n: 2 });
    expect(existsSync(path.join(dataDir, 'journal', 'sessions', 's-1.jsonl'))).toBe(false);
  });

  it('after a restore, the restored files win over live journals and cached reads', () => {
    const dataDir = tempDir();
    const storage = createStorage(dataDir);
    const file = storage.record('sessions', 's-1', anyRecord);
    file.write({ n: 1 });
    file.startJournal();
    file.write({ n: 2 });
    writeFileSync(path.join(dataDir, 'sessions', 's-1.json'), stored(9));
    storage.forgetAll();
    expect(storage.record('sessions', 's-1', anyRecord).read()).toEqual({ n: 9 });
    expect(existsSync(path.join(dataDir, 'journal', 'sessions', 's-1.jsonl'))).toBe(false);
  });

  it('with encryption on, removes a summaries cache left plain from before (it holds names), and keeps a sealed one', () => {
    const dataDir = folderWith({ '.cache/clients-summaries.json': '{"c-1":{"name":"Ana Ruiz"}}', '.cache/scan-index.json': '{}' });
    const empty = createStorage(tempDir(), { keys: fixedKeyProvider() });
    empty.context.codec.encrypting = true;
    expect(() => empty.dropPlainSummaries()).not.toThrow();
    const plainStorage = createStorage(dataDir);
    plainStorage.dropPlainSummaries();
    expect(existsSync(path.join(dataDir, '.cache', 'clients-summaries.json'))).toBe(true);

    const key = randomBytes(KEY_BYTES);
    const storage = createStorage(dataDir, { keys: fixedKeyProvider(key) });
    storage.context.codec.encrypting = true;
    storage.context.codec.useKey(key);
    storage.dropPlainSummaries();
    expect(readdirSync(path.join(dataDir, '.cache'))).toEqual(['scan-index.json']);
    writeFileSync(path.join(dataDir, '.cache', 'plans-summaries.json'), storage.context.codec.seal('{}', '.cache/plans-summaries')!);
    storage.dropPlainSummaries();
    expect(readdirSync(path.join(dataDir, '.cache')).sort()).toEqual(['plans-summaries.json', 'scan-index.json']);
  });
});

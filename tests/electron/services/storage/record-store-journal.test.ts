import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { MigrationRegistry } from '../../../../electron/services/migrations';
import type { RecordJournals } from '../../../../electron/services/record-journals';
import { RecordFile, type RecordContext } from '../../../../electron/services/record-store';
import { createStorage, type StorageOptions } from '../../../../electron/services/storage';
import { ManualClock } from '../../../helpers/manual-clock';
import { T0 } from '../../../helpers/sessions';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const sessionSchema = z.strictObject({ entries: z.array(z.number().int().min(0).max(10)) });
type Session = z.infer<typeof sessionSchema>;
const diskFull = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/**
 * A store whose disk can be made to refuse writes, and whose record files
 * report to `ownWrites` each version of a file they wrote or set aside
 * themselves (what the folder watcher is told).
 */
function storeIn(dataDir: string, options: StorageOptions = {}) {
  const trouble = { full: false };
  const ownWrites: { file: string; ino: number | null }[] = [];
  const storage = createStorage(dataDir, {
    clock: new ManualClock(T0),
    writeGuard: () => {
      if (trouble.full) throw diskFull();
    },
    ...options,
  });
  const context: RecordContext = {
    ...storage.context,
    ownWrite: (file: string, stat: Stats | null) => ownWrites.push({ file, ino: stat?.ino ?? null }),
  };
  const session = (name = 's-1') => new RecordFile(path.join(dataDir, 'sessions'), name, sessionSchema, context);
  return { storage, trouble, ownWrites, context, session };
}

const fileOf = (dataDir: string, name = 's-1') => path.join(dataDir, 'sessions', `${name}.json`);
const journalOf = (dataDir: string, name = 's-1') => path.join(dataDir, 'journal', 'sessions', `${name}.jsonl`);
/** What a call threw, to look at it whole. */
function thrownBy(call: () => void): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

const onDisk = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: number; record: unknown };

describe('a running session is changed through its journal', () => {
  it('appends each change to the journal, leaves the record file alone, and folds everything in when it finishes', () => {
    const dataDir = tempDir();
    const { session } = storeIn(dataDir);
    const file = session();
    file.write({ entries: [] });
    const before = readFileSync(fileOf(dataDir), 'utf8');
    file.startJournal();
    file.write({ entries: [4] });
    file.write({ entries: [4, 5] });
    expect(readFileSync(fileOf(dataDir), 'utf8')).toBe(before);
    expect(readFileSync(journalOf(dataDir), 'utf8').trim().split('\n')).toHaveLength(3);
    expect(file.read()).toEqual({ entries: [4, 5] });

    file.finishJournal();
    expect(onDisk(fileOf(dataDir))).toEqual({ schemaVersion: 1, record: { entries: [4, 5] } });
    expect(existsSync(journalOf(dataDir))).toBe(false);
    expect(storeIn(dataDir).session().read()).toEqual({ entries: [4, 5] });
  });

  it('an acknowledged change in the journal survives a crash: the next start reads it back', () => {
    const dataDir = tempDir();
    const file = storeIn(dataDir).session();
    file.write({ entries: [] });
    file.startJournal();
    file.write({ entries: [7] });
    expect(storeIn(dataDir).session().read()).toEqual({ entries: [7] });
  });

  // The session was deleted elsewhere (or its file never synced here) before the crash: the next start must still open.
  it('a journal left by a crash over a record file that is gone is dropped, and the start goes on', () => {
    const dataDir = tempDir();
    const file = storeIn(dataDir).session();
    file.write({ entries: [] });
    file.startJournal();
    file.write({ entries: [7] });
    rmSync(fileOf(dataDir));
    const again = storeIn(dataDir);
    expect(again.session().read()).toBeUndefined();
    expect(again.storage.context.journals.liveFiles()).toEqual([]);
    expect(existsSync(journalOf(dataDir))).toBe(false);
  });

  it('refuses a change its schema rejects, in the journal as in the file, and keeps what was saved', () => {
    const dataDir = tempDir();
    const file = storeIn(dataDir).session();
    file.write({ entries: [] });
    file.startJournal();
    file.write({ entries: [4] });
    expect(thrownBy(() => file.write({ entries: [4, 11] }))).toMatchObject({ code: 'internal', message: 'Refused to write an invalid record to sessions/s-1.' });
    expect(file.read()).toEqual({ entries: [4] });
    expect(storeIn(dataDir).session().read()).toEqual({ entries: [4] });
    expect(() => storeIn(dataDir).session('s-2').write({ entries: [-1] })).toThrow('Refused to write an invalid record to sessions/s-2.');
    expect(existsSync(fileOf(dataDir, 's-2'))).toBe(false);
  });

  it('checks a journal replayed after a crash against its schema before taking a change to it', () => {
    const dataDir = tempDir();
    const file = storeIn(dataDir).session();
    file.write({ entries: [] });
    file.startJournal();
    file.write({ entries: [4] });
    // After the crash, the first change comes before any read.
    const again = storeIn(dataDir).session();
    expect(() => again.write({ entries: [4, 11] })).toThrow('Refused to write an invalid record to sessions/s-1.');
    again.write({ entries: [4, 5] });
    expect(storeIn(dataDir).session().read()).toEqual({ entries: [4, 5] });
  });

  it('starts no journal for a record that is not stored yet, and starting twice keeps the one journal', () => {
    const dataDir = tempDir();
    const file = storeIn(dataDir).session();
    file.startJournal();
    expect(existsSync(journalOf(dataDir))).toBe(false);
    file.write({ entries: [] });
    file.startJournal();
    file.write({ entries: [3] });
    file.startJournal();
    expect(file.read()).toEqual({ entries: [3] });
    expect(readFileSync(journalOf(dataDir), 'utf8').trim().split('\n')).toHaveLength(2);
    file.finishJournal();
    file.finishJournal();
    expect(onDisk(fileOf(dataDir)).record).toEqual({ entries: [3] });
  });

  it('without a place for its journal, every change rewrites the file instead: slower, equally safe', () => {
    const dataDir = tempDir();
    mkdirSync(path.join(dataDir, 'journal'));
    writeFileSync(path.join(dataDir, 'journal', 'sessions'), 'a file where the journal folder should be');
    const file = storeIn(dataDir).session();
    file.write({ entries: [] });
    file.startJournal();
    file.write({ entries: [6] });
    expect(onDisk(fileOf(dataDir)).record).toEqual({ entries: [6] });
  });

  it('a journal the disk refuses hands the whole record to the retrying writer, and nothing acknowledged is lost', () => {
    const dataDir = tempDir();
    const { session, trouble, storage } = storeIn(dataDir);
    const file = session();
    file.write({ entries: [] });
    file.startJournal();
    file.write({ entries: [4] });
    trouble.full = true;
    file.write({ entries: [4, 5] });
    expect(storage.disk.status()).toMatchObject({ state: 'retrying', pending: ['sessions/s-1'] });
    expect(file.read()).toEqual({ entries: [4, 5] });
    // While the value waits for the disk, no journal is started over the older file.
    file.startJournal();
    file.write({ entries: [4, 5, 6] });
    expect(file.read()).toEqual({ entries: [4, 5, 6] });

    trouble.full = false;
    storage.disk.retryNow();
    expect(onDisk(fileOf(dataDir)).record).toEqual({ entries: [4, 5, 6] });
    expect(storeIn(dataDir).session().read()).toEqual({ entries: [4, 5, 6] });
  });

  it('a finish the disk refuses keeps the journal until the file holds everything', () => {
    const dataDir = tempDir();
    const { session, trouble, storage } = storeIn(dataDir);
    const file = session();
    file.write({ entries: [] });
    file.startJournal();
    file.write({ entries: [4] });
    trouble.full = true;
    file.finishJournal();
    expect(existsSync(journalOf(dataDir))).toBe(true);
    expect(file.read()).toEqual({ entries: [4] });
    trouble.full = false;
    storage.disk.retryNow();
    expect(onDisk(fileOf(dataDir)).record).toEqual({ entries: [4] });
  });

  it('a bug while journalling is not taken for disk trouble: it reaches the caller', () => {
    const dataDir = tempDir();
    // The bug strikes once: a retry through the file would succeed and hide it.
    const bug = { on: false };
    const storage = createStorage(dataDir, {
      writeGuard: () => {
        if (!bug.on) return;
        bug.on = false;
        throw new TypeError('a bug');
      },
    });
    const file = storage.record('sessions', 's-1', sessionSchema);
    file.write({ entries: [] });
    file.startJournal();
    bug.on = true;
    expect(() => file.write({ entries: [4] })).toThrow('a bug');
    expect(storage.disk.status().state).toBe('ok');
    expect(file.read()).toEqual({ entries: [] });
  });

  it('a bug while starting a journal is not taken for disk trouble: it reaches the caller', () => {
    const dataDir = tempDir();
    const { storage } = storeIn(dataDir);
    const journals = Object.assign(Object.create(storage.context.journals) as RecordJournals, {
      open: () => {
        throw new TypeError('a bug');
      },
    });
    const file = new RecordFile(path.join(dataDir, 'sessions'), 's-1', sessionSchema, { ...storage.context, journals });
    file.write({ entries: [] });
    expect(() => file.startJournal()).toThrow('a bug');
  });

  it('after the disk recovers from a refused journal line, later changes are kept on disk too', () => {
    const dataDir = tempDir();
    const { session, trouble, storage } = storeIn(dataDir);
    const file = session();
    file.write({ entries: [] });
    file.startJournal();
    trouble.full = true;
    file.write({ entries: [4] });
    trouble.full = false;
    storage.disk.retryNow();
    file.write({ entries: [4, 5] });
    expect(storeIn(dataDir).session().read()).toEqual({ entries: [4, 5] });
  });

  it('answers a replayed session, once checked, with the one shared record, not a copy per read', () => {
    const dataDir = tempDir();
    const file = storeIn(dataDir).session();
    file.write({ entries: [] });
    file.startJournal();
    file.write({ entries: [4] });
    const again = storeIn(dataDir).session();
    expect(again.read()).toEqual({ entries: [4] });
    const first = again.read();
    expect(again.read()).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('a replayed session its schema rejects stays unread, however often it is asked for', () => {
    const dataDir = tempDir();
    const file = storeIn(dataDir).session();
    file.write({ entries: [] });
    file.startJournal();
    file.write({ entries: [4] });
    const text = JSON.stringify([{ t: 'set', path: ['entries'], value: [11] }]);
    appendFileSync(journalOf(dataDir), `${crc32(text).toString(16).padStart(8, '0')} ${text}\n`);
    const onDamaged = vi.fn();
    const again = storeIn(dataDir, { onDamaged }).session();
    expect(again.read()).toBeUndefined();
    expect(again.read()).toBeUndefined();
    // Both the record file and the lines that made it invalid are kept for a person to look at.
    expect(onDamaged.mock.calls.map(([entry]) => [entry.record, entry.reason])).toEqual([
      ['sessions/s-1', 'it does not hold a valid record (Pressure entry 1: a value in it can be at most 10.)'],
      ['sessions/s-1 (its live journal)', 'its changes make the record invalid; the record file was set aside too'],
    ]);
    expect(existsSync(journalOf(dataDir))).toBe(false);
  });
});

describe('what the store tells the folder watcher', () => {
  it('names the version of the file it wrote, and the file it set aside or removed', () => {
    const dataDir = tempDir();
    const { session, ownWrites } = storeIn(dataDir);
    const file = session();
    file.write({ entries: [1] });
    expect(ownWrites).toEqual([{ file: fileOf(dataDir), ino: statSync(fileOf(dataDir)).ino }]);
    file.remove();
    expect(existsSync(fileOf(dataDir))).toBe(false);
    expect(file.read()).toBeUndefined();
    expect(ownWrites.at(-1)).toEqual({ file: fileOf(dataDir), ino: null });

    writeFileSync(fileOf(dataDir, 's-2'), 'damaged');
    ownWrites.length = 0;
    expect(session('s-2').read()).toBeUndefined();
    expect(ownWrites).toEqual([{ file: fileOf(dataDir, 's-2'), ino: null }]);
  });
});

describe('a restore or import replaces a file on purpose, and loudly', () => {
  it('writes the envelope as given and throws on disk trouble instead of holding it', () => {
    const dataDir = tempDir();
    const { session, trouble, storage } = storeIn(dataDir);
    const file = session();
    file.replaceWith({ schemaVersion: 1, record: { entries: [2] } });
    expect(onDisk(fileOf(dataDir))).toEqual({ schemaVersion: 1, record: { entries: [2] } });
    expect(file.read()).toEqual({ entries: [2] });
    trouble.full = true;
    expect(() => file.replaceWith({ schemaVersion: 1, record: { entries: [3] } })).toThrow('ENOSPC');
    expect(storage.disk.status().state).toBe('ok');
    expect(onDisk(fileOf(dataDir)).record).toEqual({ entries: [2] });
  });

  it('works in a store without a disk-trouble stand-in, as in the app', () => {
    const dataDir = tempDir();
    createStorage(dataDir).record('sessions', 's-1', sessionSchema).replaceWith({ schemaVersion: 1, record: { entries: [1] } });
    expect(onDisk(fileOf(dataDir)).record).toEqual({ entries: [1] });
  });

  it('replacing a damaged file it never read does not set the damaged file aside first', () => {
    const dataDir = tempDir();
    mkdirSync(path.join(dataDir, 'sessions'));
    writeFileSync(fileOf(dataDir), 'damaged');
    const onDamaged = vi.fn();
    const { session } = storeIn(dataDir, { onDamaged });
    session().replaceWith({ schemaVersion: 1, record: { entries: [] } });
    expect(onDamaged).not.toHaveBeenCalled();
  });
});

describe('a record stored by an older version is migrated once, after a backup', () => {
  const sessionsV2 = (step: (record: unknown) => unknown): MigrationRegistry => ({ sessions: { current: 2, steps: { 1: step } } });
  const storedV1 = (dataDir: string, record: unknown) => {
    mkdirSync(path.join(dataDir, 'sessions'), { recursive: true });
    writeFileSync(fileOf(dataDir), JSON.stringify({ schemaVersion: 1, record }));
  };

  it('is written back at the current version and read from then on without migrating again', () => {
    const dataDir = tempDir();
    storedV1(dataDir, { levels: [3] });
    const beforeMigration = vi.fn();
    const step = vi.fn((record: unknown) => ({ entries: (record as { levels: number[] }).levels }));
    const { session } = storeIn(dataDir, { migrations: sessionsV2(step), beforeMigration });
    expect(session().read()).toEqual({ entries: [3] });
    expect(onDisk(fileOf(dataDir))).toEqual({ schemaVersion: 2, record: { entries: [3] } });
    expect(session().read()).toEqual({ entries: [3] });
    expect(beforeMigration).toHaveBeenCalledTimes(1);
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('is migrated once when first asked for as stored (a journal starting over it), not once more by the write-back', () => {
    const dataDir = tempDir();
    storedV1(dataDir, { levels: [3] });
    const beforeMigration = vi.fn();
    const step = vi.fn((record: unknown) => ({ entries: (record as { levels: number[] }).levels }));
    const { session } = storeIn(dataDir, { migrations: sessionsV2(step), beforeMigration });
    expect(session().stored()?.record).toEqual({ entries: [3] });
    expect(onDisk(fileOf(dataDir))).toEqual({ schemaVersion: 2, record: { entries: [3] } });
    expect(beforeMigration).toHaveBeenCalledTimes(1);
    expect(step).toHaveBeenCalledTimes(1);
  });

  /** A session running under the older version (its record still `levels`), its journal left by a crash with a torn last line. */
  const crashedOldSession = (dataDir: string) => {
    const levelsSchema = z.strictObject({ levels: z.array(z.number().int()) });
    const old = createStorage(dataDir).record('sessions', 's-1', levelsSchema);
    old.write({ levels: [] });
    old.startJournal();
    old.write({ levels: [3] });
    old.write({ levels: [3, 4] });
    appendFileSync(journalOf(dataDir), '0badf00d {"t":"app');
  };

  it('a running session’s journal left by a crash is folded in before the record is migrated: nothing acknowledged is lost', () => {
    const dataDir = tempDir();
    crashedOldSession(dataDir);
    const beforeMigration = vi.fn();
    const step = vi.fn((record: unknown) => ({ entries: (record as { levels: number[] }).levels }));
    const { session } = storeIn(dataDir, { migrations: sessionsV2(step), beforeMigration });
    expect(session().read()).toEqual({ entries: [3, 4] });
    expect(onDisk(fileOf(dataDir))).toEqual({ schemaVersion: 2, record: { entries: [3, 4] } });
    expect(existsSync(journalOf(dataDir))).toBe(false);
    expect(beforeMigration).toHaveBeenCalledTimes(1);
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('the backup taken before the migration holds the journal’s changes, in the older version', () => {
    const dataDir = tempDir();
    crashedOldSession(dataDir);
    const backedUp: unknown[] = [];
    const step = (record: unknown) => ({ entries: (record as { levels: number[] }).levels });
    const { session } = storeIn(dataDir, { migrations: sessionsV2(step), beforeMigration: () => backedUp.push(onDisk(fileOf(dataDir))) });
    // The session goes on after the restart: the change is journalled over the migrated file.
    const file = session();
    file.startJournal();
    file.write({ entries: [3, 4, 5] });
    expect(backedUp).toEqual([{ schemaVersion: 1, record: { levels: [3, 4] } }]);
    expect(storeIn(dataDir, { migrations: sessionsV2(step) }).session().read()).toEqual({ entries: [3, 4, 5] });
  });

  it('a damaged line in the middle of that journal keeps the lines before it and sets the journal aside for a person to look at', () => {
    const dataDir = tempDir();
    crashedOldSession(dataDir);
    const lines = readFileSync(journalOf(dataDir), 'utf8').split('\n');
    lines[1] = `00000000${lines[1]!.slice(8)}`;
    writeFileSync(journalOf(dataDir), lines.join('\n'));
    const onDamaged = vi.fn();
    const step = (record: unknown) => ({ entries: (record as { levels: number[] }).levels });
    const { session } = storeIn(dataDir, { migrations: sessionsV2(step), onDamaged });
    expect(session().read()).toEqual({ entries: [] });
    expect(onDamaged).toHaveBeenCalledWith(expect.objectContaining({ record: 'sessions/s-1 (its live journal)', reason: 'line 2 of 3 is damaged; the lines before it were kept' }));
    expect(existsSync(journalOf(dataDir))).toBe(false);
  });

  it('a disk that refuses the fold says so in plain words, keeps the journal, and the next try takes everything in', () => {
    const dataDir = tempDir();
    crashedOldSession(dataDir);
    const step = (record: unknown) => ({ entries: (record as { levels: number[] }).levels });
    const { session, trouble } = storeIn(dataDir, { migrations: sessionsV2(step) });
    trouble.full = true;
    expect(thrownBy(() => session().read())).toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/^The session that was running when Stillpoint last closed could not be brought up to date.*Nothing is lost/),
    });
    expect(existsSync(journalOf(dataDir))).toBe(true);
    trouble.full = false;
    expect(session().read()).toEqual({ entries: [3, 4] });
  });

  it('a file restored from a backup of the older version is migrated when read, not set aside', () => {
    const dataDir = tempDir();
    const onDamaged = vi.fn();
    const step = (record: unknown) => ({ entries: (record as { levels: number[] }).levels });
    const { session } = storeIn(dataDir, { migrations: sessionsV2(step), onDamaged });
    const file = session();
    file.replaceWith({ schemaVersion: 1, record: { levels: [3] } });
    expect(file.read()).toEqual({ entries: [3] });
    expect(onDamaged).not.toHaveBeenCalled();
    expect(onDisk(fileOf(dataDir))).toEqual({ schemaVersion: 2, record: { entries: [3] } });
  });

  it('a migration that fails sets the record aside saying so, and the stored file is kept', () => {
    const dataDir = tempDir();
    storedV1(dataDir, { levels: [3] });
    const onDamaged = vi.fn();
    const { session, storage } = storeIn(dataDir, {
      onDamaged,
      migrations: sessionsV2(() => {
        throw new Error('levels missing');
      }),
    });
    expect(session().read()).toBeUndefined();
    expect(onDamaged).toHaveBeenCalledWith(expect.objectContaining({ reason: 'its migration failed (levels missing)' }));
    expect(JSON.parse(storage.quarantine.contentOf(onDamaged.mock.calls[0]![0])!)).toEqual({ schemaVersion: 1, record: { levels: [3] } });
  });

  it('a record still invalid after its migration is set aside, naming the problem', () => {
    const dataDir = tempDir();
    storedV1(dataDir, { levels: [3] });
    const onDamaged = vi.fn();
    const { session } = storeIn(dataDir, { onDamaged, migrations: sessionsV2((record) => record) });
    expect(session().read()).toBeUndefined();
    expect(onDamaged).toHaveBeenCalledWith(expect.objectContaining({ reason: 'after migration it is still not a valid record (A value in it is missing.)' }));
  });

  it('a record at the top of the data folder follows the versions of the top folder', () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ schemaVersion: 1, record: { entries: [] } }));
    const step = vi.fn((record: unknown) => ({ entries: [...(record as Session).entries, 1] }));
    const storage = createStorage(dataDir, { migrations: { '.': { current: 2, steps: { 1: step } } } });
    const settings = storage.record('.', 'settings', sessionSchema);
    expect(settings.recordName).toBe('settings');
    expect(settings.read()).toEqual({ entries: [1] });
    expect(onDisk(path.join(dataDir, 'settings.json')).schemaVersion).toBe(2);
  });
});

import * as fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { JournalFile, listJournals, readJournal, type JournalCodec } from '../../../../electron/services/journal';
import type { JournalOp } from '../../../../electron/services/journal-ops';
import { useTempDirs } from '../../../helpers/temp-dir';

/** What the journal had made durable: the file's text at each fdatasync, and each folder it synced. */
const durable = vi.hoisted(() => ({ synced: [] as string[], folders: [] as string[], open: new Set<number>() }));

vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const fdatasyncSync = ((fd: number) => {
    real.fdatasyncSync(fd);
    durable.synced.push(real.readFileSync(real.readlinkSync(`/proc/self/fd/${fd}`), 'utf8'));
  }) as typeof real.fdatasyncSync;
  const openSync = ((...args: Parameters<typeof real.openSync>) => {
    const fd = real.openSync(...args);
    durable.open.add(fd);
    return fd;
  }) as typeof real.openSync;
  const closeSync = ((fd: number) => {
    durable.open.delete(fd);
    real.closeSync(fd);
  }) as typeof real.closeSync;
  const doubles = { fdatasyncSync, openSync, closeSync };
  return { ...real, ...doubles, default: { ...real, ...doubles } };
});

vi.mock('../../../../electron/services/sync-folder', () => ({
  syncFolder: (folder: string) => durable.folders.push(folder),
}));

const tempDir = useTempDirs();
const plain: JournalCodec = { encode: (ops) => JSON.stringify(ops), decode: (text) => JSON.parse(text) as JournalOp[] };
const addEntry = (level: number): JournalOp[] => [{ t: 'append', path: ['entries'], items: [{ level }] }];
const checked = (text: string) => `${crc32(text).toString(16).padStart(8, '0')} ${text}\n`;

function journalWith(...levels: number[]): { file: string; journal: JournalFile } {
  const file = path.join(tempDir(), 'journal', 'sessions', 's-1.jsonl');
  const journal = JournalFile.create(file, 'digest-of-s-1', plain);
  for (const level of levels) journal.append(addEntry(level));
  return { file, journal };
}

beforeEach(() => {
  durable.synced.length = 0;
  durable.folders.length = 0;
  durable.open.clear();
});

describe('a journal of changes to one record', () => {
  it('names the record file it builds on and reads back every acknowledged change in order', () => {
    const { file } = journalWith(4, 5, 6);
    expect(readJournal(file, plain)).toEqual({
      base: 'digest-of-s-1',
      ops: [...addEntry(4), ...addEntry(5), ...addEntry(6)],
      goodBytes: fs.statSync(file).size,
    });
  });

  it('makes each change durable before the append returns, and the new file durable in its folder', () => {
    const { file, journal } = journalWith();
    expect(durable.folders).toEqual([path.dirname(file)]);
    journal.append(addEntry(5));
    expect(durable.synced.at(-1)).toBe(fs.readFileSync(file, 'utf8'));
    expect(durable.synced.at(-1)).toContain('"level":5');
    journal.append(addEntry(6));
    expect(durable.synced).toHaveLength(3);
    expect(durable.synced.at(-1)).toContain('"level":6');
  });

  it('drops a torn last line: it was never acknowledged, and is no damage', () => {
    const { file } = journalWith(4, 5);
    const whole = fs.statSync(file).size;
    fs.appendFileSync(file, '1234abcd [{"t":"append","path":["entr');
    expect(readJournal(file, plain)).toEqual({ base: 'digest-of-s-1', ops: [...addEntry(4), ...addEntry(5)], goodBytes: whole });
  });

  it('drops a last line that fails its check even with its line break: a crash can leave the break without the bytes before it', () => {
    const { file } = journalWith(4, 5);
    const whole = fs.statSync(file).size;
    fs.appendFileSync(file, `0000abcd ${JSON.stringify(addEntry(6))}\n`);
    expect(readJournal(file, plain)).toEqual({ base: 'digest-of-s-1', ops: [...addEntry(4), ...addEntry(5)], goodBytes: whole });
  });

  it('keeps the lines before a damaged one in the middle and says which line of how many is damaged', () => {
    const { file } = journalWith(4, 5, 6);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[2] = lines[2]!.replace('"level":5', '"level":9');
    fs.writeFileSync(file, lines.join('\n'));
    const found = readJournal(file, plain);
    expect(found).toEqual({ base: 'digest-of-s-1', ops: addEntry(4), goodBytes: Buffer.byteLength(`${lines[0]}\n${lines[1]}\n`), damage: 'line 3 of 4 is damaged' });
  });

  it('counts a line whose checksum is not where it belongs as damaged', () => {
    const { file } = journalWith(4, 5);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[1] = ` ${lines[1]}`;
    fs.writeFileSync(file, lines.join('\n'));
    expect(readJournal(file, plain)?.damage).toBe('line 2 of 3 is damaged');
  });

  it('counts line lengths in bytes, so a change with accents or emoji is kept whole', () => {
    const file = path.join(tempDir(), 's-1.jsonl');
    const journal = JournalFile.create(file, 'digest', plain);
    journal.append([{ t: 'set', path: ['note'], value: 'épaule 💆' }]);
    expect(readJournal(file, plain)?.goodBytes).toBe(fs.statSync(file).size);
  });

  it('is no journal at all without a whole header naming its base file', () => {
    const folder = tempDir();
    const cases = {
      empty: '',
      torn: checked('{"base":"dig').slice(0, 12),
      'damaged header': `0000abcd {"base":"digest"}\n${checked('[]')}`,
      'header without a base': `${checked('{"other":"digest"}')}${checked('[]')}`,
      'base not a name': checked('{"base":42}'),
    };
    for (const [name, text] of Object.entries(cases)) {
      fs.writeFileSync(path.join(folder, `${name}.jsonl`), text);
      expect(readJournal(path.join(folder, `${name}.jsonl`), plain), name).toBeNull();
    }
  });

  it('after a crash, cuts the torn tail off and appends the next change on a line of its own', () => {
    const { file, journal } = journalWith(4);
    journal.close();
    fs.appendFileSync(file, '1234abcd [{"t":"app');
    const found = readJournal(file, plain)!;
    const syncs = durable.synced.length;
    const reopened = JournalFile.reopen(file, found.goodBytes, plain);
    // The cut is made durable before anything is appended after it.
    expect(durable.synced.slice(syncs)).toEqual([fs.readFileSync(file, 'utf8')]);
    expect(durable.synced.at(-1)).not.toContain('1234abcd');
    reopened.append(addEntry(7));
    expect(readJournal(file, plain)).toEqual({ base: 'digest-of-s-1', ops: [...addEntry(4), ...addEntry(7)], goodBytes: fs.statSync(file).size });
  });

  it('holds one file handle while open, and none once closed, also after a crash and reopen', () => {
    const { file, journal } = journalWith(4);
    expect(durable.open.size).toBe(1);
    journal.close();
    expect(durable.open.size).toBe(0);
    const reopened = JournalFile.reopen(file, readJournal(file, plain)!.goodBytes, plain);
    expect(durable.open.size).toBe(1);
    reopened.close();
    expect(durable.open.size).toBe(0);
  });

  it('takes a line only as its checksum, one space, then its text', () => {
    const { file } = journalWith(4);
    const text = JSON.stringify(addEntry(5));
    fs.appendFileSync(file, `${checked(text).slice(0, 8)}:${text}\n${checked(JSON.stringify(addEntry(6)))}`);
    expect(readJournal(file, plain)).toMatchObject({ ops: addEntry(4), damage: 'line 3 of 4 is damaged' });
  });

  it('refuses to append once closed, and closing twice is harmless', () => {
    const { file, journal } = journalWith(4);
    journal.close();
    journal.close();
    expect(() => journal.append(addEntry(5))).toThrow('The journal is closed.');
    expect(readJournal(file, plain)?.ops).toEqual(addEntry(4));
  });
});

describe('the journals present in a folder', () => {
  it('are named by the record they belong to, in every sub-folder, sorted, and nothing else counts', () => {
    const dir = path.join(tempDir(), 'journal');
    for (const name of ['sessions/s-1.jsonl', 'sessions/s-2.jsonl', 'sessions/notes.txt', 'sessions/s-3.json', 'a.jsonl', 'b.jsonl']) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), '');
    }
    expect(listJournals(dir)).toEqual(['a', 'b', 'sessions/s-1', 'sessions/s-2']);
  });

  it('are none when there is no journal folder yet, and a folder that cannot be listed is an error', () => {
    const root = tempDir();
    expect(listJournals(path.join(root, 'journal'))).toEqual([]);
    fs.writeFileSync(path.join(root, 'journal'), '');
    expect(() => listJournals(path.join(root, 'journal'))).toThrow(/ENOTDIR/);
  });
});

import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyUnavailableError } from '../../../../electron/services/encryption';
import { readJournal, type JournalCodec } from '../../../../electron/services/journal';
import type { JournalOp } from '../../../../electron/services/journal-ops';
import { Quarantine, type DamagedRecord } from '../../../../electron/services/quarantine';
import { RecordJournals, type JournalBase } from '../../../../electron/services/record-journals';
import { T0 } from '../../../helpers/sessions';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const plain: JournalCodec = { encode: (ops) => JSON.stringify(ops), decode: (text) => JSON.parse(text) as JournalOp[] };

interface Session {
  entries: number[];
  note?: string;
}

/**
 * The journals of one data folder, over record files that a map stands in for
 * (path → digest and record as stored), with a real quarantine beside it.
 */
function journalsIn(root: string, codecFor: (record: string) => JournalCodec = () => plain) {
  const dataDir = path.join(root, 'data');
  const dir = path.join(dataDir, 'journal');
  const files = new Map<string, JournalBase>();
  const damaged: DamagedRecord[] = [];
  const quarantine = new Quarantine(path.join(root, 'quarantine'), () => T0, (entry) => damaged.push(entry));
  const journals = new RecordJournals(dataDir, dir, codecFor, (filePath) => files.get(filePath), quarantine);
  const session = path.join(dataDir, 'sessions', 's-1.json');
  const journalOf = path.join(dir, 'sessions', 's-1.jsonl');
  return { dataDir, files, damaged, quarantine, journals, session, journalOf };
}

/** A session journalled over a file stored as `digest`, with `levels` logged, then the app stops without folding it. */
function crashedWith(root: string, levels: number[]) {
  const before = journalsIn(root);
  before.files.set(before.session, { digest: 'd-1', record: { entries: [] } });
  before.journals.open(before.session, { entries: [] }, 'd-1');
  let entries: number[] = [];
  for (const level of levels) {
    entries = [...entries, level];
    before.journals.append(before.session, { entries });
  }
  before.journals.closeAll();
  return before;
}

describe('the journals of running sessions', () => {
  it('answers with the record as the stored file plus every change, shared and frozen so no caller can alter it', () => {
    const { journals, session } = journalsIn(tempDir());
    const stored: Session = { entries: [] };
    journals.open(session, stored, 'd-1');
    journals.append(session, { entries: [4] });
    const live = journals.record(session)!;
    expect(live).toEqual({ record: { entries: [4] }, checked: true });
    expect(Object.isFrozen(live.record)).toBe(true);
    expect(Object.isFrozen((live.record as Session).entries)).toBe(true);
    expect(Object.isFrozen(stored)).toBe(false);
  });

  it('takes a freshly opened record as checked, and freezes every part of it, text and empty fields included', () => {
    const { journals, session } = journalsIn(tempDir());
    journals.open(session, { entries: [], note: 'left shoulder', plan: null }, 'd-1');
    expect(journals.record(session)).toEqual({ record: { entries: [], note: 'left shoulder', plan: null }, checked: true });
    journals.append(session, { entries: [{ level: 4, note: 'ease off' }], note: 'left shoulder', plan: null });
    const record = journals.record(session)!.record as { entries: { note: string }[] };
    expect(Object.isFrozen(record.entries[0])).toBe(true);
  });

  it('names the journal after its record in full, even when the name holds ".json"', () => {
    const { journals, dataDir } = journalsIn(tempDir());
    expect(journals.has(path.join(dataDir, 'sessions', 's.json-1.json'))).toBe(false);
    journals.open(path.join(dataDir, 'sessions', 's.json-1.json'), { entries: [] }, 'd-1');
    expect(readdirSync(path.join(dataDir, 'journal', 'sessions'))).toEqual(['s.json-1.jsonl']);
  });

  it('finishing a journal whose file is already gone is harmless', () => {
    const { journals, session, journalOf } = journalsIn(tempDir());
    expect(journals.has(session)).toBe(false);
    journals.open(session, { entries: [] }, 'd-1');
    rmSync(journalOf);
    expect(() => journals.finish(session)).not.toThrow();
    expect(journals.has(session)).toBe(false);
  });

  it('after closing, no journal is live and a change is refused', () => {
    const { journals, session } = journalsIn(tempDir());
    expect(journals.has(session)).toBe(false);
    journals.open(session, { entries: [] }, 'd-1');
    journals.closeAll();
    expect(journals.liveFiles()).toEqual([]);
    expect(() => journals.append(session, { entries: [1] })).toThrow(`${session} has no open journal`);
  });

  it('writes a line only for a change: the same record again adds nothing', () => {
    const { journals, session, journalOf } = journalsIn(tempDir());
    journals.open(session, { entries: [] }, 'd-1');
    journals.append(session, { entries: [4] });
    const after = readFileSync(journalOf, 'utf8');
    journals.append(session, { entries: [4] });
    expect(readFileSync(journalOf, 'utf8')).toBe(after);
    expect(after.trim().split('\n')).toHaveLength(2);
  });

  it('refuses a change to a record without an open journal', () => {
    const { journals, session } = journalsIn(tempDir());
    expect(() => journals.append(session, { entries: [4] })).toThrow(`${session} has no open journal`);
    expect(journals.record(session)).toBeUndefined();
  });

  it('opening again starts a fresh journal over the file as it now is', () => {
    const { journals, session, journalOf } = journalsIn(tempDir());
    journals.open(session, { entries: [] }, 'd-1');
    journals.append(session, { entries: [4] });
    journals.open(session, { entries: [4] }, 'd-2');
    journals.append(session, { entries: [4, 5] });
    expect(readJournal(journalOf, plain)).toMatchObject({ base: 'd-2', ops: [{ t: 'append', path: ['entries'], items: [5] }] });
  });

  it('keeps the journal file when detached, and removes it once the record file holds everything', () => {
    const { journals, session, journalOf } = journalsIn(tempDir());
    expect(journals.has(session)).toBe(false);
    journals.open(session, { entries: [] }, 'd-1');
    journals.detach(session);
    expect(journals.has(session)).toBe(false);
    expect(existsSync(journalOf)).toBe(true);
    journals.open(session, { entries: [] }, 'd-1');
    journals.finish(session);
    expect(journals.liveFiles()).toEqual([]);
    expect(existsSync(journalOf)).toBe(false);
  });

  // A write the disk refused detaches the journal and holds the newer record; folding at quit must not bring the stale journal back.
  it('a detached journal stays detached: it is not replayed again from its file', () => {
    const { journals, files, session, journalOf } = journalsIn(tempDir());
    files.set(session, { digest: 'd-1', record: { entries: [] } });
    expect(journals.liveFiles()).toEqual([]);
    journals.open(session, { entries: [] }, 'd-1');
    journals.append(session, { entries: [4] });
    journals.detach(session);
    expect(existsSync(journalOf)).toBe(true);
    expect(journals.liveFiles()).toEqual([]);
    expect(journals.record(session)).toBeUndefined();
  });

  // An open handle keeps the data folder from being moved or removed (on Windows, at all).
  it.skipIf(process.platform !== 'linux')('closing lets go of every journal file', () => {
    const { journals, session, dataDir, journalOf } = journalsIn(tempDir());
    const heldOpen = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`).startsWith(path.dirname(journalOf));
        } catch {
          return false;
        }
      });
    journals.open(session, { entries: [] }, 'd-1');
    journals.open(path.join(dataDir, 'sessions', 's-2.json'), { entries: [] }, 'd-2');
    expect(heldOpen()).toHaveLength(2);
    journals.closeAll();
    expect(heldOpen()).toEqual([]);
  });

  it('drops every journal, in memory and on disk, when the files are replaced wholesale', () => {
    const root = tempDir();
    const { journalOf } = crashedWith(root, [4]);
    const { journals, session, dataDir } = journalsIn(root);
    const other = path.join(dataDir, 'sessions', 's-2.json');
    journals.open(other, { entries: [] }, 'd-9');
    journals.dropAll();
    expect(journals.has(session)).toBe(false);
    expect(journals.has(other)).toBe(false);
    expect(readdirSync(path.dirname(journalOf))).toEqual([]);
  });

  // A restore replaces the files; a session started after it whose journal the disk then refused must not come back stale.
  it('after the files are replaced wholesale, a journal detached since is not replayed from its file', () => {
    const { journals, files, session, journalOf } = journalsIn(tempDir());
    files.set(session, { digest: 'd-1', record: { entries: [] } });
    journals.dropAll();
    journals.open(session, { entries: [] }, 'd-1');
    journals.append(session, { entries: [4] });
    journals.detach(session);
    expect(existsSync(journalOf)).toBe(true);
    expect(journals.liveFiles()).toEqual([]);
    expect(journals.has(session)).toBe(false);
    expect(journals.record(session)).toBeUndefined();
  });
});

describe('after a crash, the journals are replayed at the first question', () => {
  it('replays every acknowledged change over its unchanged record file, to be checked once before use', () => {
    const root = tempDir();
    crashedWith(root, [4, 5]);
    const { journals, files, session, journalOf } = journalsIn(root);
    files.set(session, { digest: 'd-1', record: { entries: [] } });
    expect(journals.liveFiles()).toEqual([session]);
    expect(journals.record(session)).toEqual({ record: { entries: [4, 5] }, checked: false });
    journals.markChecked(session);
    expect(journals.record(session)?.checked).toBe(true);
    journals.append(session, { entries: [4, 5, 6] });
    expect(readJournal(journalOf, plain)?.ops).toHaveLength(3);
  });

  it('removes a journal whose record file was rewritten since, or is gone', () => {
    for (const stored of [{ digest: 'd-2', record: { entries: [4, 5] } }, undefined]) {
      const root = tempDir();
      crashedWith(root, [4, 5]);
      const { journals, files, session, journalOf, damaged } = journalsIn(root);
      if (stored) files.set(session, stored);
      expect(journals.has(session)).toBe(false);
      expect(existsSync(journalOf)).toBe(false);
      expect(damaged).toEqual([]);
    }
  });

  it('removes a file that is no journal at all (no header)', () => {
    const root = tempDir();
    const { journals, files, session, journalOf } = journalsIn(root);
    files.set(session, { digest: 'd-1', record: { entries: [] } });
    mkdirSync(path.dirname(journalOf), { recursive: true });
    writeFileSync(journalOf, '');
    expect(journals.has(session)).toBe(false);
    expect(existsSync(journalOf)).toBe(false);
  });

  it('keeps the changes before a damaged line, and sets the journal aside for a person to look at', () => {
    const root = tempDir();
    const { journalOf } = crashedWith(root, [4, 5, 6]);
    const lines = readFileSync(journalOf, 'utf8').split('\n');
    lines[2] = lines[2]!.replace('5', '8');
    writeFileSync(journalOf, lines.join('\n'));
    const { journals, files, session, damaged, quarantine } = journalsIn(root);
    files.set(session, { digest: 'd-1', record: { entries: [] } });

    expect(journals.record(session)).toBeUndefined();
    expect(journals.has(session)).toBe(true);
    expect(journals.record(session)).toEqual({ record: { entries: [4] }, checked: false });
    expect(damaged).toEqual([
      expect.objectContaining({ record: 'sessions/s-1 (its live journal)', reason: 'line 3 of 4 is damaged; the lines before it were kept' }),
    ]);
    expect(quarantine.contentOf(damaged[0]!)).toBe(lines.join('\n'));
    // A fresh journal carries what was kept, so the next change builds on it.
    journals.append(session, { entries: [4, 7] });
    expect(readJournal(journalOf, plain)?.ops).toEqual([
      { t: 'append', path: ['entries'], items: [4] },
      { t: 'append', path: ['entries'], items: [7] },
    ]);
  });

  // The app was updated after a crash: the changes go into the older file as it is, and the journal, now folded, goes.
  it('folds a journal over a file of an older version into that file, and removes it without setting anything aside', () => {
    const root = tempDir();
    crashedWith(root, [4, 5]);
    const { journals, files, session, journalOf, damaged } = journalsIn(root);
    const folded: unknown[] = [];
    files.set(session, { digest: 'd-1', record: { entries: [] }, foldOlder: (record) => folded.push(record) });
    expect(journals.has(session)).toBe(false);
    expect(folded).toEqual([{ entries: [4, 5] }]);
    expect(existsSync(journalOf)).toBe(false);
    expect(damaged).toEqual([]);
  });

  it('sets aside a journal with a whole line that does not open, naming why', () => {
    const root = tempDir();
    const { journalOf } = crashedWith(root, [4]);
    const refusing: JournalCodec = { ...plain, decode: () => { throw new Error('sealed for another record'); } };
    const { journals, files, session, damaged } = journalsIn(root, () => refusing);
    files.set(session, { digest: 'd-1', record: { entries: [] } });
    expect(journals.has(session)).toBe(false);
    expect(existsSync(journalOf)).toBe(false);
    expect(damaged).toEqual([expect.objectContaining({ record: 'sessions/s-1 (its live journal)', reason: 'a line cannot be read (sealed for another record)' })]);
  });

  it('keeps an encrypted journal while the key is not open yet, and replays it once it is', () => {
    const root = tempDir();
    const { journalOf } = crashedWith(root, [4]);
    let keyOpen = false;
    const locked: JournalCodec = {
      ...plain,
      decode: (text) => {
        if (!keyOpen) throw new KeyUnavailableError('The keychain is locked.');
        return plain.decode(text);
      },
    };
    const { journals, files, session, damaged } = journalsIn(root, () => locked);
    files.set(session, { digest: 'd-1', record: { entries: [] } });
    expect(journals.has(session)).toBe(false);
    expect(existsSync(journalOf)).toBe(true);
    keyOpen = true;
    expect(journals.has(session)).toBe(true);
    expect(journals.record(session)?.record).toEqual({ entries: [4] });
    expect(damaged).toEqual([]);
  });

  it('a journal opened before the first question is live as it is, not replayed over itself', () => {
    const root = tempDir();
    const { journals, files, session } = journalsIn(root);
    files.set(session, { digest: 'd-1', record: { entries: [] } });
    journals.open(session, { entries: [] }, 'd-1');
    journals.append(session, { entries: [4] });
    expect(journals.liveFiles()).toEqual([session]);
    expect(journals.record(session)).toEqual({ record: { entries: [4] }, checked: true });
  });

  it('replays once: a journal opened since is not replaced by the file on disk', () => {
    const root = tempDir();
    crashedWith(root, [4]);
    const { journals, files, session } = journalsIn(root);
    files.set(session, { digest: 'd-1', record: { entries: [] } });
    expect(journals.has(session)).toBe(true);
    journals.append(session, { entries: [4, 5] });
    expect(journals.liveFiles()).toEqual([session]);
    expect(journals.record(session)?.record).toEqual({ entries: [4, 5] });
  });
});

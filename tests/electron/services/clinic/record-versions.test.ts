import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ContractError, notFound } from '../../../../shared/contract/errors';
import { RecordVersions, type VersionedKind } from '../../../../electron/services/record-versions';
import { createStorage } from '../../../../electron/services/storage';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

const noteSchema = z.strictObject({ id: z.string(), text: z.string(), revision: z.number(), at: z.number() });
type Note = z.infer<typeof noteSchema>;

const copyName = (record: string, from = 'ABCDEFG', stamp = '101010') => `${record}.sync-conflict-20261130-${stamp}-${from}`;

/** A small shared record kind over a real data folder: one note per file, its history beside it. */
function notes(options: { settled?: boolean } = {}) {
  const dataDir = tempDir();
  const storage = createStorage(dataDir);
  const file = (name: string) => storage.record('notes', name, noteSchema);
  const settled = vi.fn();
  let now = 5_000;
  const kind: VersionedKind<Note> = {
    folder: 'notes',
    historyFolder: 'note-versions',
    schema: noteSchema,
    current: (name) => {
      const note = file(name).read();
      if (!note) throw notFound('That note is not there.');
      return note;
    },
    revisionOf: (note) => note.revision,
    writtenAt: (note) => note.at,
    nameOf: (note) => `the note "${note.text}"`,
    write: (note, revision) => {
      const written = { ...note, revision, at: (now += 1000) };
      file(note.id).write(written);
      return written;
    },
    ...(options.settled === false ? {} : { settled }),
  };
  const historyDir = path.join(dataDir, 'note-versions');
  return { dataDir, storage, file, settled, versions: new RecordVersions(storage, kind), historyDir };
}

const note = (text: string, revision: number, at: number): Note => ({ id: 'n1', text, revision, at });

function refusal(action: () => unknown): ContractError {
  try {
    action();
  } catch (error) {
    if (error instanceof ContractError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('two versions of a shared record', () => {
  it('counts the other versions waiting beside each record, and none where there are none', () => {
    const { file, versions } = notes();
    file('n1').write(note('Mine', 2, 1000));
    file(copyName('n1')).write(note('Theirs', 2, 1100));
    file(copyName('n1', 'HIJKLMN', '111111')).write(note('Third room', 2, 1200));
    file('n2').write({ ...note('Alone', 1, 900), id: 'n2' });
    file(copyName('n2')).write({ ...note('Alone, edited', 1, 950), id: 'n2' });
    file('n3').write({ ...note('Settled', 1, 900), id: 'n3' });

    expect(versions.pending()).toEqual(new Map([['n1', 2], ['n2', 1]]));
  });

  it('shows the record as stored and every readable other version, naming where each came from', () => {
    const { dataDir, file, versions } = notes();
    file('n1').write(note('Mine', 2, 1000));
    file(copyName('n1')).write(note('Theirs', 2, 1100));
    // A copy still arriving (half written) is not shown; the others are.
    writeFileSync(path.join(dataDir, 'notes', `${copyName('n1', 'HIJKLMN', '111111')}.json`), '{"schemaVersion":');
    file(copyName('n9')).write({ ...note('Another record', 1, 900), id: 'n9' });

    expect(versions.of('n1')).toEqual({
      current: note('Mine', 2, 1000),
      others: [{ copy: copyName('n1'), from: 'ABCDEFG', record: note('Theirs', 2, 1100) }],
    });
  });

  it('keeps every version in the history before the copy goes, and writes the choice as the next revision', () => {
    const { dataDir, file, settled, versions, historyDir } = notes();
    file('n1').write(note('Mine', 2, 1000));
    file(copyName('n1')).write(note('Theirs', 4, 1100));

    const resolved = versions.resolve('n1', 2, (current) => ({ ...current, text: 'Both, merged' }), [copyName('n1')]);

    // The newer of the two revisions, plus one: no room's revision is ever written twice.
    expect(resolved).toMatchObject({ text: 'Both, merged', revision: 5 });
    expect(file('n1').read()).toEqual(resolved);
    expect(existsSync(path.join(dataDir, 'notes', `${copyName('n1')}.json`))).toBe(false);
    expect(readdirSync(historyDir).sort()).toEqual([expect.stringMatching(/^n1\.r2\.[0-9a-f]{12}\.json$/), expect.stringMatching(/^n1\.r4\.[0-9a-f]{12}\.json$/)]);
    expect(versions.history('n1')).toEqual([note('Theirs', 4, 1100), note('Mine', 2, 1000)]);
    expect(versions.pending()).toEqual(new Map());
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('keeps the version it is based on when the copy is the older revision', () => {
    const { file, versions } = notes();
    file('n1').write(note('Mine', 6, 1000));
    file(copyName('n1')).write(note('Theirs', 3, 1100));

    expect(versions.resolve('n1', 6, (current) => current, [copyName('n1')]).revision).toBe(7);
  });

  it('two rooms that both wrote the same revision keep both in the history, told apart by content', () => {
    const { file, versions, historyDir } = notes();
    file('n1').write(note('Mine', 2, 1000));
    file(copyName('n1')).write(note('Theirs', 2, 1000));

    versions.resolve('n1', 2, (current) => current, [copyName('n1')]);

    expect(readdirSync(historyDir)).toHaveLength(2);
    expect(versions.history('n1').map((each) => each.text).sort()).toEqual(['Mine', 'Theirs']);
  });

  it('a version already kept is left as it was when the same copy comes back in a later settling', () => {
    const { dataDir, file, versions, historyDir } = notes();
    file('n1').write(note('Mine', 2, 1000));
    file(copyName('n1')).write(note('Theirs', 2, 1100));
    versions.resolve('n1', 2, () => note('Mine', 2, 1000), [copyName('n1')]);
    const kept = readdirSync(historyDir).map((name) => path.join(historyDir, name));
    const longAgo = new Date('2026-01-01T00:00:00Z');
    for (const each of kept) utimesSync(each, longAgo, longAgo);

    // A slow room delivers the same copy again: it is settled, and the history keeps its one untouched file for it.
    file(copyName('n1')).write(note('Theirs', 2, 1100));
    versions.resolve('n1', 3, (current) => current, [copyName('n1')]);

    for (const each of kept) expect(statSync(each).mtime).toEqual(longAgo);
    expect(readdirSync(historyDir)).toHaveLength(3);
    expect(existsSync(path.join(dataDir, 'notes', `${copyName('n1')}.json`))).toBe(false);
  });

  it('a choice made on a version that changed since is refused by name, and nothing is changed', () => {
    const { dataDir, file, settled, versions } = notes();
    file('n1').write(note('mine', 3, 1000));
    file(copyName('n1')).write(note('Theirs', 2, 1100));

    const error = refusal(() => versions.resolve('n1', 2, (current) => ({ ...current, text: 'Chosen' }), [copyName('n1')]));

    expect(error.code).toBe('conflict');
    expect(error.message).toBe('The note "mine" changed again while you were choosing. Look at both versions once more, then choose.');
    expect(file('n1').read()).toEqual(note('mine', 3, 1000));
    expect(existsSync(path.join(dataDir, 'notes', `${copyName('n1')}.json`))).toBe(true);
    expect(existsSync(path.join(dataDir, 'note-versions'))).toBe(false);
    expect(settled).not.toHaveBeenCalled();
  });

  it('a copy settled in another room meanwhile is refused by name, and nothing is changed', () => {
    const { dataDir, file, settled, versions } = notes();
    file('n1').write(note('Mine', 2, 1000));
    file(copyName('n1')).write(note('Theirs', 2, 1100));

    const gone = refusal(() => versions.resolve('n1', 2, (current) => current, [copyName('n1'), copyName('n1', 'HIJKLMN', '111111')]));

    expect(gone.code).toBe('not-found');
    expect(gone.message).toBe('The other version of the note "Mine" is no longer there: it was probably settled in another room. Look at it again.');
    expect(file('n1').read()).toEqual(note('Mine', 2, 1000));
    expect(existsSync(path.join(dataDir, 'notes', `${copyName('n1')}.json`))).toBe(true);
    expect(existsSync(path.join(dataDir, 'note-versions'))).toBe(false);
    expect(settled).not.toHaveBeenCalled();
  });

  it('a copy that cannot be read is refused the same way, not settled as if it were empty', () => {
    const { dataDir, file, versions } = notes();
    file('n1').write(note('Mine', 2, 1000));
    writeFileSync(path.join(dataDir, 'notes', `${copyName('n1')}.json`), '{"schemaVersion":');

    expect(refusal(() => versions.resolve('n1', 2, (current) => current, [copyName('n1')])).code).toBe('not-found');
    expect(file('n1').read()).toEqual(note('Mine', 2, 1000));
  });

  it('the history of one record holds only its own versions, newest first', () => {
    const { file, versions } = notes();
    const other = (text: string, revision: number, at: number) => ({ ...note(text, revision, at), id: 'n10' });
    file('n1').write(note('First', 1, 1000));
    file(copyName('n1')).write(note('Second', 1, 3000));
    versions.resolve('n1', 1, (current) => current, [copyName('n1')]);
    file('n10').write(other('Elsewhere', 1, 2000));
    file(copyName('n10')).write(other('Elsewhere too', 1, 2500));
    versions.resolve('n10', 1, (current) => current, [copyName('n10')]);

    expect(versions.history('n1').map((each) => each.text)).toEqual(['Second', 'First']);
    expect(versions.history('n10').map((each) => each.text)).toEqual(['Elsewhere too', 'Elsewhere']);
    expect(versions.history('n2')).toEqual([]);
  });

  it('settles a kind that has nothing to recount afterwards', () => {
    const { file, versions } = notes({ settled: false });
    file('n1').write(note('Mine', 2, 1000));
    file(copyName('n1')).write(note('Theirs', 2, 1100));

    expect(versions.resolve('n1', 2, (current) => current, [copyName('n1')])).toMatchObject({ text: 'Mine', revision: 3 });
    expect(versions.pending()).toEqual(new Map());
  });

  it('leaves a damaged history file out of the history instead of failing it', () => {
    const { file, versions, historyDir } = notes();
    file('n1').write(note('Mine', 2, 1000));
    file(copyName('n1')).write(note('Theirs', 2, 1100));
    versions.resolve('n1', 2, (current) => current, [copyName('n1')]);
    writeFileSync(path.join(historyDir, 'n1.r1.000000000000.json'), '{"schemaVersion":');

    expect(versions.history('n1').map((each) => each.text)).toEqual(['Theirs', 'Mine']);
  });
});

import { existsSync, mkdirSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionSchema } from '../../../../shared/contract/schemas';
import type { Session } from '../../../../shared/session/session';
import { SESSION_HISTORY_FOLDER, SessionCopies } from '../../../../electron/services/session-copies';
import { createStorage } from '../../../../electron/services/storage';
import { MIN, sessionWith, T0 } from '../../../helpers/sessions';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

const copyName = (record: string, from = 'ABCDEFG') => `${record}.sync-conflict-20261130-101010-${from}`;

function room(name = 'Room 1') {
  const dataDir = tempDir();
  const storage = createStorage(dataDir);
  const file = (record: string) => storage.record('sessions', record, sessionSchema);
  const exists = (record: string) => existsSync(path.join(dataDir, 'sessions', `${record}.json`));
  const history = () => (existsSync(path.join(dataDir, SESSION_HISTORY_FOLDER)) ? readdirSync(path.join(dataDir, SESSION_HISTORY_FOLDER)) : []);
  return { dataDir, file, exists, history, copies: new SessionCopies(storage, () => name) };
}

const session = (id: string, room: string | undefined, ...minutes: number[]): Session => ({
  ...sessionWith([{ type: 'start', at: T0 }, ...minutes.map((minute) => ({ type: 'next' as const, at: T0 + minute * MIN }))]),
  id,
  ...(room === undefined ? {} : { room }),
});

describe('a conflict copy of a session file', () => {
  it('is merged into the session without asking: every step either copy logged is kept, the copy kept in the history', () => {
    const { file, exists, history, copies } = room();
    file('s-1').write(session('s-1', 'Room 1', 5));
    file(copyName('s-1')).write(session('s-1', 'Room 1', 12));

    expect(copies.mergeAll()).toEqual(['s-1']);

    expect(file('s-1').read()!.events.map((event) => event.at)).toEqual([T0, T0 + 5 * MIN, T0 + 12 * MIN]);
    expect(exists(copyName('s-1'))).toBe(false);
    expect(history()).toEqual([expect.stringMatching(/^s-1\.[0-9a-f]{12}\.json$/)]);
    // Nothing is left to merge, and a second pass changes nothing.
    expect(copies.mergeAll()).toEqual([]);
  });

  it('keeps each different copy in the history, and the same copy arriving twice only once', () => {
    const { dataDir, file, history, copies } = room();
    file('s-1').write(session('s-1', 'Room 1', 5));
    file(copyName('s-1')).write(session('s-1', 'Room 1', 12));
    copies.mergeAll();
    file(copyName('s-1')).write(session('s-1', 'Room 1', 12));
    copies.mergeAll();
    expect(history()).toHaveLength(1);
    // The copy already kept is left untouched when the same copy comes back.
    const kept = path.join(dataDir, SESSION_HISTORY_FOLDER, history()[0]!);
    const longAgo = new Date('2026-01-01T00:00:00Z');
    utimesSync(kept, longAgo, longAgo);
    file(copyName('s-1')).write(session('s-1', 'Room 1', 12));
    expect(copies.mergeAll()).toEqual(['s-1']);
    expect(statSync(kept).mtime).toEqual(longAgo);

    file(copyName('s-1', 'HIJKLMN')).write(session('s-1', 'Room 1', 20));
    expect(copies.mergeAll()).toEqual(['s-1']);
    expect(history()).toHaveLength(2);
    expect(file('s-1').read()!.events).toHaveLength(4);
  });

  it('a session from before rooms is merged by whichever room finds it', () => {
    const { file, exists, copies } = room();
    file('s-1').write(session('s-1', undefined, 5));
    file(copyName('s-1')).write(session('s-1', undefined, 12));

    expect(copies.mergeAll()).toEqual(['s-1']);
    expect(exists(copyName('s-1'))).toBe(false);
  });

  it('is left to the room that ran the session, so two rooms never merge the same copy', () => {
    const { file, exists, history, copies } = room('Room 2');
    file('s-1').write(session('s-1', 'Room 1', 5));
    file(copyName('s-1')).write(session('s-1', 'Room 1', 12));

    expect(copies.mergeAll()).toEqual([]);
    expect(exists(copyName('s-1'))).toBe(true);
    expect(file('s-1').read()!.events).toHaveLength(2);
    expect(history()).toEqual([]);
  });

  it('of another session (a copy under the wrong name) is left alone, as is a copy whose session is gone', () => {
    const { file, exists, history, copies } = room();
    file('s-1').write(session('s-1', 'Room 1', 5));
    file(copyName('s-1')).write(session('s-9', 'Room 1', 12));
    file(copyName('s-2')).write(session('s-2', 'Room 1', 12));

    expect(copies.mergeAll()).toEqual([]);
    expect(exists(copyName('s-1'))).toBe(true);
    expect(exists(copyName('s-2'))).toBe(true);
    expect(file('s-1').read()!.events).toHaveLength(2);
    expect(history()).toEqual([]);
  });

  it('that cannot be read for now stays where it is while the other copies are merged', () => {
    const { dataDir, file, exists, copies } = room();
    file('s-1').write(session('s-1', 'Room 1', 5));
    file(copyName('s-1')).write(session('s-1', 'Room 1', 12));
    file('s-2').write(session('s-2', 'Room 1', 5));
    // A copy the disk refuses to read (here a folder where a file should be) is tried again later.
    mkdirSync(path.join(dataDir, 'sessions', `${copyName('s-2')}.json`));

    expect(copies.mergeAll()).toEqual(['s-1']);
    expect(exists(copyName('s-2'))).toBe(true);
    expect(file('s-2').read()!.events).toHaveLength(2);
  });

  it('a fault that is not about reading a copy is not hidden', () => {
    const dataDir = tempDir();
    const storage = createStorage(dataDir);
    storage.record('sessions', 's-1', sessionSchema).write(session('s-1', 'Room 1', 5));
    storage.record('sessions', copyName('s-1'), sessionSchema).write(session('s-1', 'Room 1', 12));
    const copies = new SessionCopies(storage, () => {
      throw new Error('the room name could not be read');
    });

    expect(() => copies.mergeAll()).toThrow('the room name could not be read');
  });
});

import { readFileSync, renameSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClientSessions } from '../../../electron/services/client-sessions';
import { SessionsService } from '../../../electron/services/sessions';
import { createStorage } from '../../../electron/services/storage';
import { sessionSchema } from '../../../shared/contract/schemas';
import { intakeWith } from '../../helpers/care';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function clinic() {
  const dataDir = tempDir();
  const clock = new ManualClock(T0);
  const storage = createStorage(dataDir);
  const ids = ['s-b', 's-a', 's-c', 's-d'];
  const sessions = new SessionsService({ storage, clock, newId: () => ids.shift()! });
  const history = new ClientSessions(storage, sessions);
  /** A session of the client, finished; with an intake when `painNow` is given. */
  const visit = (clientId: string, painNow?: number) => {
    const { id } = sessions.start('default-60', clientId);
    if (painNow !== undefined) sessions.update(id, (session) => ({ ...session, intake: intakeWith([], { painNow }) }));
    return sessions.command(id, { type: 'finish' });
  };
  return { dataDir, clock, storage, sessions, history, visit };
}

describe("a client's sessions, as the history lists them", () => {
  it('sessions begun at the same moment are listed in the order of their ids, every time', async () => {
    const { history, visit } = clinic();
    visit('c-1');
    visit('c-1');
    expect((await history.summaries('c-1')).map((entry) => entry.sessionId)).toEqual(['s-a', 's-b']);
    expect((await history.of('c-1')).map((session) => session.id)).toEqual(['s-a', 's-b']);
  });

  it('a change to a running session, kept in its journal, shows at once', async () => {
    const { history, sessions } = clinic();
    const { id } = sessions.start('default-60', 'c-1');
    expect(await history.summaries('c-1')).toMatchObject([{ sessionId: id, painBefore: null, hasIntake: false }]);
    sessions.update(id, (session) => ({ ...session, intake: intakeWith([], { painNow: 6 }) }));
    expect(await history.summaries('c-1')).toMatchObject([{ sessionId: id, painBefore: 6, hasIntake: true }]);
  });

  it('after a restore, a file rewritten with the same size and time is read again', async () => {
    const { dataDir, history, storage, visit } = clinic();
    const session = visit('c-1', 4);
    const file = storage.record('sessions', session.id, sessionSchema).filePath;
    // Whole seconds, as a restore that keeps file times sets them.
    const restoredAt = new Date(Math.floor(T0 / 1000) * 1000);
    utimesSync(file, restoredAt, restoredAt);
    expect(await history.summaries('c-1')).toMatchObject([{ painBefore: 4 }]);
    const before = statSync(file);
    createStorage(dataDir).record('sessions', session.id, sessionSchema).write({ ...session, intake: intakeWith([], { painNow: 7 }) });
    utimesSync(file, restoredAt, restoredAt);
    const after = statSync(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    history.forget();
    expect(await history.summaries('c-1')).toMatchObject([{ painBefore: 7 }]);
  });

  it('a change that keeps the file’s size but not its time is read again', async () => {
    const { dataDir, history, storage, visit } = clinic();
    const session = visit('c-1', 4);
    const file = storage.record('sessions', session.id, sessionSchema).filePath;
    expect(await history.summaries('c-1')).toMatchObject([{ painBefore: 4 }]);
    const before = statSync(file);
    createStorage(dataDir).record('sessions', session.id, sessionSchema).write({ ...session, intake: intakeWith([], { painNow: 7 }) });
    const later = new Date(before.mtimeMs + 5000);
    utimesSync(file, later, later);
    expect(statSync(file).size).toBe(before.size);
    expect(await history.summaries('c-1')).toMatchObject([{ painBefore: 7 }]);
  });

  it('a session file taken away and later put back, changed, is read again even with its old size and time', async () => {
    const { dataDir, history, storage, visit } = clinic();
    const session = visit('c-1', 4);
    const file = storage.record('sessions', session.id, sessionSchema).filePath;
    const restoredAt = new Date(Math.floor(T0 / 1000) * 1000);
    utimesSync(file, restoredAt, restoredAt);
    expect(await history.summaries('c-1')).toHaveLength(1);
    const kept = readFileSync(file, 'utf8');
    // Moved aside, not deleted, so the new file cannot reuse its place on disk.
    renameSync(file, `${file}.aside`);
    expect(await history.summaries('c-1')).toEqual([]);
    createStorage(dataDir).record('sessions', session.id, sessionSchema).write({ ...session, intake: intakeWith([], { painNow: 7 }) });
    utimesSync(file, restoredAt, restoredAt);
    expect(readFileSync(file, 'utf8')).toHaveLength(kept.length);
    expect(await history.summaries('c-1')).toMatchObject([{ painBefore: 7 }]);
  });

  it('a session file that vanishes as the folder is listed is left out', async () => {
    const { dataDir, history, visit } = clinic();
    const kept = visit('c-1');
    symlinkSync(path.join(dataDir, 'nowhere.json'), path.join(dataDir, 'sessions', 's-gone.json'));
    expect((await history.summaries('c-1')).map((entry) => entry.sessionId)).toEqual([kept.id]);
  });

  it('the last screening is the latest session with an intake, read in full', async () => {
    const { clock, history, visit } = clinic();
    expect(await history.lastScreened('c-1')).toBeUndefined();
    visit('c-1', 3);
    clock.advance(MIN);
    const screened = visit('c-1', 5);
    clock.advance(MIN);
    visit('c-1');
    visit('c-2', 9);
    expect(await history.lastScreened('c-1')).toMatchObject({ id: screened.id, intake: { painNow: 5 }, events: screened.events });
  });

  it('a session of another client is not opened for this one', async () => {
    const { history, visit } = clinic();
    const theirs = visit('c-2');
    expect(() => history.one('c-1', theirs.id)).toThrow(
      expect.objectContaining({ code: 'not-found', message: `There is no session ${theirs.id} for this client.` }),
    );
    expect(history.one('c-2', theirs.id).id).toBe(theirs.id);
  });
});

import { existsSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ClientSessions } from '../../../electron/services/client-sessions';
import { SessionsService } from '../../../electron/services/sessions';
import { createStorage, defaultQuarantineDir } from '../../../electron/services/storage';
import { sessionSchema } from '../../../shared/contract/schemas';
import type { Session } from '../../../shared/session/session';
import { careBackend, someClient } from '../../helpers/backend';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const DAY = 24 * 60 * MIN;
const intake = { screening: [], confirmedUnchanged: false, painNow: 6, painRegions: ['neck' as const], painQuality: 'ache', goals: '' };

/** A client with `visits` finished sessions a week apart, each with an intake. */
async function clientWithVisits(dataDir: string, visits: number) {
  const clock = new ManualClock(T0);
  const api = careBackend(dataDir, clock);
  const client = await api.call('clients.create', { fields: someClient });
  const ids: string[] = [];
  for (let n = 0; n < visits; n += 1) {
    const session = await api.call('session.start', { planId: 'default-60', clientId: client.id });
    await api.call('intake.save', { sessionId: session.id, intake: { ...intake, painNow: 5 + n } });
    clock.advance(90 * MIN);
    await api.call('session.command', { sessionId: session.id, command: { type: 'finish' } });
    ids.push(session.id);
    clock.advance(7 * DAY);
  }
  return { ...api, clock, client, ids };
}

/** Writes a session straight to its file, as a restore or another window would. */
function writeBehindTheBack(dataDir: string, session: Session): void {
  const file = createStorage(dataDir).record('sessions', session.id, sessionSchema);
  file.write(session);
  // A later mtime even on coarse file systems, so the change is visible to a stat.
  const later = new Date(Date.now() + 5000);
  utimesSync(file.filePath, later, later);
}

describe("a client's history", () => {
  it('answers with summaries oldest first; the whole session comes only when one is opened', async () => {
    const { call, fail, client, ids } = await clientWithVisits(tempDir(), 2);
    const history = await call('clients.history', { clientId: client.id });
    expect(history.sessions).toEqual([
      expect.objectContaining({ sessionId: ids[0], at: T0, planName: expect.any(String), painBefore: 5, painAfter: null, hasIntake: true, signed: false, handoutsGiven: 0 }),
      expect.objectContaining({ sessionId: ids[1], painBefore: 6 }),
    ]);
    expect(history.sessions[0]).not.toHaveProperty('events');
    const opened = await call('clients.session', { clientId: client.id, sessionId: ids[1]! });
    expect(opened).toMatchObject({ id: ids[1], intake: { painNow: 6 } });

    const other = await call('clients.create', { fields: { ...someClient, name: 'Bo Lind' } });
    expect((await fail('clients.session', { clientId: other.id, sessionId: ids[0] })).code).toBe('not-found');
    expect((await call('clients.history', { clientId: other.id })).sessions).toEqual([]);
  });

  it('re-reads a session file changed behind the service, and sees files added or removed', async () => {
    const dataDir = tempDir();
    const { call, client, ids } = await clientWithVisits(dataDir, 2);
    expect((await call('clients.history', { clientId: client.id })).sessions.map((entry) => entry.painBefore)).toEqual([5, 6]);

    const first = await call('clients.session', { clientId: client.id, sessionId: ids[0]! });
    writeBehindTheBack(dataDir, { ...first, intake: { ...first.intake!, painNow: 9 } });
    writeBehindTheBack(dataDir, { ...first, id: 's-restored', createdAt: T0 - DAY, intake: { ...first.intake!, painNow: 2 } });
    rmSync(path.join(dataDir, 'sessions', `${ids[1]}.json`));

    const history = await call('clients.history', { clientId: client.id });
    expect(history.sessions.map((entry) => [entry.sessionId, entry.painBefore])).toEqual([
      ['s-restored', 2],
      [ids[0], 9],
    ]);
  });

  it('costs one stat for an unchanged file, in this run and the next: nothing is read again', async () => {
    const dataDir = tempDir();
    const { backend, client } = await clientWithVisits(dataDir, 3);
    await backend.idle();
    backend.close();
    const indexOver = () => {
      const storage = createStorage(dataDir);
      const sessions = new SessionsService({ storage, clock: new ManualClock(T0), newId: () => 'unused' });
      return { read: vi.spyOn(sessions, 'get'), index: new ClientSessions(storage, sessions) };
    };
    const first = indexOver();
    expect(await first.index.summaries(client.id)).toHaveLength(3);
    const reads = first.read.mock.calls.length;
    expect(reads).toBeLessThanOrEqual(3);
    expect(await first.index.summaries(client.id)).toHaveLength(3);
    expect(first.read).toHaveBeenCalledTimes(reads);
    // The summaries were kept beside the records: a new start reads none of them again.
    const next = indexOver();
    expect(await next.index.summaries(client.id)).toHaveLength(3);
    expect(next.read).not.toHaveBeenCalled();
  });

  it('a damaged session file is set aside by the storage layer and left out of the history', async () => {
    const dataDir = tempDir();
    const { call, client, ids } = await clientWithVisits(dataDir, 2);
    await call('clients.history', { clientId: client.id });
    const damaged = path.join(dataDir, 'sessions', `${ids[0]}.json`);
    writeFileSync(damaged, '{"schemaVersion": 1, "record": {"id": ');
    const later = new Date(Date.now() + 5000);
    utimesSync(damaged, later, later);

    const history = await call('clients.history', { clientId: client.id });
    expect(history.sessions.map((entry) => entry.sessionId)).toEqual([ids[1]]);
    expect(existsSync(damaged)).toBe(false);
    expect(readdirSync(defaultQuarantineDir(dataDir)).some((name) => name.includes(ids[0]!))).toBe(true);
  });
});

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { careBackend, someClient } from '../../helpers/backend';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('clients who share a name', () => {
  it('the list carries what tells each apart: date of birth, contact and the day they were added', async () => {
    const clock = new ManualClock(T0);
    const { call } = careBackend(tempDir(), clock);
    await call('clients.create', { fields: { ...someClient, dateOfBirth: '1980-05-03' } });
    clock.advance(5 * MIN);
    await call('clients.create', { fields: { ...someClient, contact: '555 0101' } });
    const { clients } = await call('clients.search', { query: 'ana ruiz' });
    expect(clients.map(({ dateOfBirth, contact, createdAt }) => ({ dateOfBirth, contact, createdAt }))).toEqual(
      expect.arrayContaining([
        { dateOfBirth: '1980-05-03', contact: someClient.contact, createdAt: T0 },
        { dateOfBirth: '', contact: '555 0101', createdAt: T0 + 5 * MIN },
      ]),
    );
  });

  it('asked for a name, finds the active clients of that name, earliest added first, whatever its case or spacing, leaving out the one being edited and the archived', async () => {
    const clock = new ManualClock(T0);
    const { call } = careBackend(tempDir(), clock);
    const first = await call('clients.create', { fields: { ...someClient, dateOfBirth: '1980-05-03' } });
    clock.advance(MIN);
    const second = await call('clients.create', { fields: { ...someClient, name: 'ANA  ruiz' } });
    const archived = await call('clients.create', { fields: someClient });
    await call('clients.archive', { clientId: archived.id, revision: 1, archived: true });
    await call('clients.create', { fields: { ...someClient, name: 'Ana Ruiza' } });

    const found = await call('clients.sameName', { name: ' ana ruiz ' });
    expect(found.clients.map((each) => each.id)).toEqual([first.id, second.id]);
    expect(found.clients[0]).toMatchObject({ name: 'Ana Ruiz', dateOfBirth: '1980-05-03' });
    expect((await call('clients.sameName', { name: 'Ana Ruiz', except: first.id })).clients.map((each) => each.id)).toEqual([second.id]);
    expect((await call('clients.sameName', { name: 'Bo Lind' })).clients).toEqual([]);
  });

  it('a list cached by an older Stillpoint, without dates of birth, is read again from the files at start', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const before = careBackend(dataDir, clock);
    await before.call('clients.create', { fields: { ...someClient, dateOfBirth: '1980-05-03' } });
    // The list is cached as a Stillpoint starts on a folder that has clients.
    await careBackend(dataDir, clock).call('clients.search', { query: '' });
    const cacheDir = path.join(dataDir, '.cache');
    const cache = readdirSync(cacheDir).find((name) => name.startsWith('clients'));
    if (!cache) throw new Error('no client list was cached');
    // As an older Stillpoint wrote it: id, name, archived and updatedAt only.
    const old = readFileSync(path.join(cacheDir, cache), 'utf8')
      .split('\n')
      .map((line) => {
        const [id, key, summary] = JSON.parse(line) as [string, string, Record<string, unknown>];
        return JSON.stringify([id, key, { id: summary.id, name: summary.name, archived: summary.archived, updatedAt: summary.updatedAt }]);
      })
      .join('\n');
    writeFileSync(path.join(cacheDir, cache), old);

    const after = careBackend(dataDir, clock);
    const { clients } = await after.call('clients.search', { query: 'ana' });
    expect(clients[0]).toMatchObject({ name: 'Ana Ruiz', dateOfBirth: '1980-05-03', createdAt: T0 });
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../../electron/services/backup';
import { fixedKeyProvider } from '../../../electron/services/encryption';
import { someClient } from '../../helpers/backend';
import { layoutIn, safeBackend, type Layout } from '../../helpers/safe-backend';
import { MIN } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function room(layout: Layout = layoutIn(tempDir())) {
  const opened = safeBackend(layout, { keys: fixedKeyProvider() });
  const refusal = async (channel: string, payload: unknown = {}) => {
    const answer = await opened.backend.handle(channel, payload);
    if (answer.ok) throw new Error(`${channel} was expected to be refused`);
    return answer.error;
  };
  return { ...opened, layout, refusal };
}

/** A clinic whose client file was damaged after `backedUp` backups of it, opened again so the damage is found. */
async function damagedClient(backedUp: boolean) {
  const layout = layoutIn(tempDir());
  const first = room(layout);
  const ana = await first.call('clients.create', { fields: someClient });
  await first.call('clients.create', { fields: { ...someClient, name: 'Bo Lind' } });
  if (backedUp) await first.call('data.backup.now');
  first.backend.close();
  const file = path.join(layout.dataDir, 'clients', `${ana.id}.json`);
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, '{"schemaVersion": 1, "record": ');
  const again = room(layout);
  await again.backend.idle();
  return { ...again, ana, file, good };
}

describe('the data status the settings screen shows', () => {
  it('names the newest backup, or none before the first', async () => {
    const { call, clock } = room();
    expect((await call('data.status')).lastBackup).toBeNull();
    await call('clients.create', { fields: someClient });
    await call('data.backup.now');
    clock.advance(MIN);
    const newest = await call('data.backup.now');
    expect((await call('data.status')).lastBackup).toEqual(newest);
  });

  it('Back up now pressed twice before the first is done takes one backup, and both presses hear of it', async () => {
    const { call } = room();
    await call('clients.create', { fields: someClient });
    const [first, second] = await Promise.all([call('data.backup.now'), call('data.backup.now')]);
    expect(second).toEqual(first);
    expect((await call('data.backups.list')).filter((each: { reason: string }) => each.reason === 'manual')).toHaveLength(1);
    // Once it is done, the next press is a new backup.
    const third = await call('data.backup.now');
    expect(third.id).not.toBe(first.id);
  });

  it('lists a damaged record by the name a person knows it by, with the backup that can put it back', async () => {
    const { call, ana } = await damagedClient(true);
    // The daily backup taken at this start could not copy the damaged file; the manual one before it holds it.
    const backup = (await call('data.backups.list')).find((each: { reason: string }) => each.reason === 'manual');
    const { damaged } = await call('data.status');
    expect(damaged).toMatchObject([{ record: `clients/${ana.id}`, state: 'new', name: "The client file for 'Ana Ruiz'", latestBackup: { id: backup.id, takenAt: backup.takenAt } }]);
  });

  it('a damaged record no backup holds is named by its kind and offers no backup', async () => {
    const { call } = await damagedClient(false);
    expect((await call('data.status')).damaged).toMatchObject([{ name: 'A client file', latestBackup: null }]);
  });
});

describe('a damaged record', () => {
  it('put back from its backup reads again, and leaves the list', async () => {
    const { call, ana, file, good } = await damagedClient(true);
    const [entry] = (await call('data.status')).damaged;
    expect(await call('data.damaged.restore', { damagedId: entry.id })).toMatchObject({ id: entry.id, state: 'restored', name: "The client file for 'Ana Ruiz'" });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(good));
    expect(await call('clients.get', { clientId: ana.id })).toMatchObject({ name: 'Ana Ruiz' });
    expect((await call('clients.search', { query: '' })).clients).toHaveLength(2);
    expect((await call('data.status')).damaged).toEqual([]);
  });

  it('dismissed, leaves the list and stays set aside', async () => {
    const { call, ana, refusal } = await damagedClient(true);
    const [entry] = (await call('data.status')).damaged;
    expect(await call('data.damaged.dismiss', { damagedId: entry.id })).toMatchObject({ id: entry.id, state: 'dismissed' });
    expect((await call('data.status')).damaged).toEqual([]);
    expect((await refusal('clients.get', { clientId: ana.id })).code).toBe('not-found');
  });

  it('that no backup holds cannot be put back, and says so', async () => {
    const { call, ana, refusal } = await damagedClient(false);
    const [entry] = (await call('data.status')).damaged;
    expect(await refusal('data.damaged.restore', { damagedId: entry.id })).toEqual({ code: 'not-found', message: `No backup holds a readable copy of clients/${ana.id}.` });
    expect((await call('data.status')).damaged).toHaveLength(1);
  });

  it('that is not in the list is refused by name', async () => {
    const { refusal } = room();
    expect(await refusal('data.damaged.restore', { damagedId: 'q-missing' })).toEqual({ code: 'not-found', message: 'There is no set-aside record q-missing.' });
    expect(await refusal('data.damaged.dismiss', { damagedId: 'q-missing' })).toEqual({ code: 'not-found', message: 'There is no set-aside record q-missing.' });
  });
});

describe('an import from a computer with encryption on', () => {
  it('keeps this computer’s own setting: the records arrive readable and stay plain here', async () => {
    const source = room();
    await source.call('clients.create', { fields: { ...someClient, notes: 'Old shoulder injury' } });
    await source.call('data.encryption.set', { enabled: true });
    const archive = await source.call('data.export');
    expect(archive.files['encryption.json']).toMatchObject({ record: { enabled: true } });

    const target = room();
    await target.call('data.import', { archive });
    expect((await target.call('data.status')).encryption).toMatchObject({ enabled: false, locked: false });
    const [client] = (await target.call('clients.search', { query: 'ana' })).clients;
    expect(readFileSync(path.join(target.layout.dataDir, 'clients', `${client.id}.json`), 'utf8')).toContain('Old shoulder injury');
  });
});

describe('a restore or an import that brings records from elsewhere', () => {
  it('a backup taken while encryption was on turns it back on when restored, and the records open', async () => {
    const { call, clock, layout } = room();
    const ana = await call('clients.create', { fields: { ...someClient, notes: 'Old shoulder injury' } });
    await call('data.encryption.set', { enabled: true });
    clock.advance(MIN);
    const sealed = await call('data.backup.now');
    clock.advance(MIN);
    await call('data.encryption.set', { enabled: false });
    await call('data.backup.restore', { backupId: sealed.id, confirm: true });
    expect((await call('data.status')).encryption).toMatchObject({ enabled: true, locked: false });
    expect(await call('clients.get', { clientId: ana.id })).toMatchObject({ notes: 'Old shoulder injury' });
    const created = await call('clients.create', { fields: { ...someClient, name: 'Bo Lind', notes: 'Old knee injury' } });
    expect(readFileSync(path.join(layout.dataDir, 'clients', `${created.id}.json`), 'utf8')).not.toContain('Old knee injury');
  });

  it('an archive that holds its records as text imports like one that holds them as objects', async () => {
    const source = room();
    await source.call('clients.create', { fields: someClient });
    const exported = await source.call('data.export');
    const files = Object.fromEntries(Object.entries(exported.files).map(([relative, content]) => [relative, JSON.stringify(content)]));
    const archive = { ...exported, files, checksum: checksumOf(files) };

    const target = room();
    expect(await target.call('data.import', { archive })).toMatchObject({ verification: { ok: true } });
    expect((await target.call('clients.search', { query: '' })).clients.map((client: { name: string }) => client.name)).toEqual(['Ana Ruiz']);
  });
});

describe('an import into a computer with encryption on', () => {
  it('keeps it on: the records from a computer without encryption arrive sealed and open here', async () => {
    const source = room();
    await source.call('clients.create', { fields: { ...someClient, notes: 'Old shoulder injury' } });
    const archive = await source.call('data.export');

    const target = room();
    await target.call('data.encryption.set', { enabled: true });
    await target.call('data.import', { archive });
    expect((await target.call('data.status')).encryption).toMatchObject({ enabled: true, locked: false });
    const [client] = (await target.call('clients.search', { query: 'ana' })).clients;
    expect(await target.call('clients.get', { clientId: client.id })).toMatchObject({ notes: 'Old shoulder injury' });
    expect(readFileSync(path.join(target.layout.dataDir, 'clients', `${client.id}.json`), 'utf8')).not.toContain('Old shoulder injury');
  });
});

describe('a retry after disk trouble', () => {
  it('answers with the disk status as it is now', async () => {
    const { call } = room();
    expect(await call('data.retry')).toEqual((await call('data.status')).disk);
  });
});

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { careBackend, someClient } from '../../helpers/backend';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('the clients service', () => {
  it('keeps each client in its own file and finds them again after a restart', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const first = careBackend(dataDir, clock);
    const ana = await first.call('clients.create', { fields: someClient });
    await first.call('clients.create', { fields: { ...someClient, name: 'Bruno Costa' } });
    expect(readdirSync(path.join(dataDir, 'clients'))).toHaveLength(2);
    const stored = JSON.parse(readFileSync(path.join(dataDir, 'clients', `${ana.id}.json`), 'utf8'));
    expect(stored.record).toMatchObject({ name: 'Ana Ruiz', revision: 1 });

    const restarted = careBackend(dataDir, clock);
    const found = await restarted.call('clients.search', { query: 'ana' });
    expect(found.clients.map((client) => client.name)).toEqual(['Ana Ruiz']);
    expect(found.total).toBe(2);
  });

  it('an edit based on an old revision is refused as a conflict, and the other edit survives', async () => {
    const { call, fail } = careBackend(tempDir(), new ManualClock(T0));
    const ana = await call('clients.create', { fields: someClient });
    const fromWindowA = await call('clients.update', { clientId: ana.id, revision: 1, fields: { ...someClient, notes: 'from window A' } });
    expect(fromWindowA.revision).toBe(2);
    const clash = await fail('clients.update', { clientId: ana.id, revision: 1, fields: { ...someClient, goals: 'from window B' } });
    expect(clash.code).toBe('conflict');
    expect(clash.message).toMatch(/changed elsewhere/);
    expect(await call('clients.get', { clientId: ana.id })).toMatchObject({ notes: 'from window A', goals: someClient.goals, revision: 2 });
  });

  it('archived clients drop out of the search but keep their file', async () => {
    const { call } = careBackend(tempDir(), new ManualClock(T0));
    const ana = await call('clients.create', { fields: someClient });
    await call('clients.archive', { clientId: ana.id, revision: 1, archived: true });
    expect((await call('clients.search', { query: 'ana' })).clients).toEqual([]);
    expect((await call('clients.search', { query: 'ana', includeArchived: true })).clients[0]).toMatchObject({ archived: true });
  });

  it('says how many clients the search found, beyond the fifty it lists, not counting the archived', async () => {
    const { call } = careBackend(tempDir(), new ManualClock(T0));
    for (let n = 1; n <= 60; n += 1) await call('clients.create', { fields: { ...someClient, name: `Ana ${n}` } });
    const bruno = await call('clients.create', { fields: { ...someClient, name: 'Bruno Costa' } });
    const hidden = await call('clients.create', { fields: { ...someClient, name: 'Ana Archived' } });
    await call('clients.archive', { clientId: hidden.id, revision: hidden.revision, archived: true });
    const found = await call('clients.search', { query: 'ana' });
    expect(found).toMatchObject({ found: 60, total: 62 });
    expect(found.clients).toHaveLength(50);
    expect(await call('clients.search', { query: 'ana', includeArchived: true })).toMatchObject({ found: 61 });
    expect(await call('clients.search', { query: 'bru' })).toMatchObject({ found: 1, clients: [{ id: bruno.id }] });
  });

  it('bad fields come back with the path of each field and nothing is written', async () => {
    const dataDir = tempDir();
    const { fail } = careBackend(dataDir, new ManualClock(T0));
    const error = await fail('clients.create', {
      fields: { ...someClient, name: '  ', preferredPressure: 11, dateOfBirth: '1990-02-31x', nickname: 'x' },
    });
    expect(error.code).toBe('invalid-request');
    const paths = error.issues?.map((issue) => issue.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['fields.name', 'fields.preferredPressure', 'fields.dateOfBirth', 'fields']));
    expect(error.issues?.find((issue) => issue.path === 'fields.name')?.message).toBe('A client needs a name.');
    expect(() => readdirSync(path.join(dataDir, 'clients'))).toThrow();
  });

  it('markup in a name is kept as plain text', async () => {
    const { call } = careBackend(tempDir(), new ManualClock(T0));
    const client = await call('clients.create', { fields: { ...someClient, name: '<img src=x onerror=alert(1)>' } });
    expect(client.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('a client file that cannot be read is set aside in quarantine, never wiped, and the rest still load', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const { call } = careBackend(dataDir, clock);
    await call('clients.create', { fields: someClient });
    writeFileSync(path.join(dataDir, 'clients', 'broken.json'), '{"schemaVersion":1,"record":{"name":5}}');
    clock.advance(MIN);
    const restarted = careBackend(dataDir, clock);
    const found = await restarted.call('clients.search', { query: '' });
    expect(found.clients).toHaveLength(1);
    expect(found.unreadable).toEqual([]);
    const quarantine = path.join(dataDir, '..', 'quarantine');
    const aside = readdirSync(quarantine, { recursive: true }).map(String).filter((file) => file.includes('broken'));
    expect(aside).not.toEqual([]);
    expect(readFileSync(path.join(quarantine, aside.find((file) => !file.endsWith('.about.json'))!), 'utf8')).toContain('"name":5');
  });

  it('exports a client’s records as CSV and JSON', async () => {
    const { call } = careBackend(tempDir(), new ManualClock(T0));
    const ana = await call('clients.create', { fields: someClient });
    await call('session.start', { planId: 'default-60', clientId: ana.id });
    const csv = await call('clients.export', { clientId: ana.id, format: 'csv' });
    expect(csv).toMatchObject({ fileName: 'stillpoint-ana-ruiz.csv', mimeType: 'text/csv' });
    expect(csv.text.split('\r\n')[1]).toMatch(/^Ana Ruiz,s-1,/);
    const json = await call('clients.export', { clientId: ana.id, format: 'json' });
    expect(json).toMatchObject({ fileName: 'stillpoint-ana-ruiz.json', mimeType: 'application/json' });
    expect(JSON.parse(json.text)).toMatchObject({ client: { name: 'Ana Ruiz' }, sessions: [{ id: 's-1', clientId: ana.id }] });
  });
});

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARCHIVE_FILES } from '../../../../shared/contract/data-channels';
import { checksumOf } from '../../../../electron/services/backup';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

const ana = { name: 'Ana Lopez', contact: '', dateOfBirth: '', ageBand: null, goals: '', notes: '', preferredPressure: null };

async function exportWithClient() {
  const source = safeBackend(layoutIn(tempDir()));
  const client = await source.call('clients.create', { fields: ana });
  const archive = await source.call('data.export');
  source.backend.close();
  return { client, archive };
}

/** An archive changed by hand, with a checksum that matches again, as a crafted file would have. */
function altered(archive: any, change: (files: Record<string, any>) => void) {
  const copy = structuredClone(archive);
  change(copy.files);
  copy.checksum = checksumOf(copy.files);
  return copy;
}

async function freshWithSeededPlans() {
  const layout = layoutIn(tempDir());
  const fresh = safeBackend(layout);
  const plans = await fresh.call('plans.list');
  return { ...fresh, layout, plans };
}

describe('import and restore refresh what the back end holds', () => {
  it('after importing into a fresh install the client list shows the imported clients and a session starts for one', async () => {
    const { client, archive } = await exportWithClient();
    const fresh = safeBackend(layoutIn(tempDir()));
    expect((await fresh.call('clients.search', { query: '' })).total).toBe(0);

    await fresh.call('data.import', { archive });

    const found = await fresh.call('clients.search', { query: 'ana' });
    expect(found.clients.map((listing: { id: string }) => listing.id)).toEqual([client.id]);
    const session = await fresh.call('session.start', { planId: 'default-60', clientId: client.id });
    expect(session.clientId).toBe(client.id);
  });

  it('after a restore a client the backup does not hold can no longer start a session', async () => {
    const running = safeBackend(layoutIn(tempDir()));
    const kept = await running.call('clients.create', { fields: ana });
    const backup = await running.call('data.backup.now');
    const removed = await running.call('clients.create', { fields: { ...ana, name: 'Ben Okafor' } });

    await running.call('data.backup.restore', { backupId: backup.id, confirm: true });

    expect((await running.call('clients.search', { query: '' })).clients.map((listing: { id: string }) => listing.id)).toEqual([kept.id]);
    expect(await running.backend.handle('session.start', { planId: 'default-60', clientId: removed.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('after a restore the room hears the restored room settings', async () => {
    const running = safeBackend(layoutIn(tempDir()));
    await running.call('settings.update', { theme: 'amber' });
    const backup = await running.call('data.backup.now');
    await running.call('settings.update', { theme: 'light' });
    running.pushes.length = 0;
    await running.call('data.backup.restore', { backupId: backup.id, confirm: true });
    expect(running.pushes.filter((push) => push.channel === 'settings.changed').at(-1)?.payload).toMatchObject({ theme: 'amber' });
  });
});

describe('import checks every file before changing anything', () => {
  async function refusedImport(archive: unknown, code: 'refused' | 'invalid-request' = 'refused') {
    const fresh = await freshWithSeededPlans();
    const plansDir = path.join(fresh.layout.dataDir, 'plans');
    const before = readdirSync(plansDir).sort();
    const answer = await fresh.backend.handle('data.import', { archive });
    // Nothing changed: the seeded plans survive, no client appeared, no safety backup was taken.
    expect(await fresh.call('plans.list')).toEqual(fresh.plans);
    expect(readdirSync(plansDir).sort()).toEqual(before);
    expect((await fresh.call('clients.search', { query: '' })).total).toBe(0);
    expect(await fresh.call('data.backups.list')).toEqual([]);
    if (answer.ok) throw new Error('the import was accepted');
    expect(answer.error.code).toBe(code);
    return answer.error.message;
  }

  it('refuses a client whose name is not text, naming the problem in plain words', async () => {
    const { client, archive } = await exportWithClient();
    const bad = altered(archive, (files) => (files[`clients/${client.id}.json`].record.name = 42));
    const message = await refusedImport(bad);
    expect(message).toMatch(/client file has a name that is not text/);
    expect(message).not.toMatch(/clients\/|\.json|\[\d\]|data\.import/);
  });

  it('names the client when the name is fine and another field is missing', async () => {
    const { client, archive } = await exportWithClient();
    const message = await refusedImport(altered(archive, (files) => delete files[`clients/${client.id}.json`].record.archived));
    expect(message).toMatch(/The client file for 'Ana Lopez' has no archived/);
  });

  it('refuses a nonsense session', async () => {
    const { archive } = await exportWithClient();
    const message = await refusedImport(altered(archive, (files) => (files['sessions/s-9.json'] = { schemaVersion: 1, record: { hello: 'world' } })));
    expect(message).toMatch(/^Nothing was imported: A session record/);
  });

  it('refuses a folder Stillpoint does not know', async () => {
    const { archive } = await exportWithClient();
    const message = await refusedImport(altered(archive, (files) => (files['secrets/a.json'] = { schemaVersion: 1, record: {} })));
    expect(message).toMatch(/does not know \(“secrets”\)/);
  });

  it('refuses an archive crowded with bad file names in one short sentence, not one per name', async () => {
    const { archive } = await exportWithClient();
    const crowded = structuredClone(archive);
    for (let n = 0; n < 100_000; n += 1) crowded.files[`bad name ${n}`] = 1;
    const fresh = await freshWithSeededPlans();
    const answer = await fresh.backend.handle('data.import', { archive: crowded });
    const held = Object.keys(crowded.files).length.toLocaleString('en');
    expect(answer).toMatchObject({ ok: false, error: { message: `Stillpoint imports at most 20,000 files; this archive holds ${held}.` } });
    expect(JSON.stringify(answer).length).toBeLessThan(1_000);
  });

  it('refuses an archive with more files than the limit', { timeout: 60_000 }, async () => {
    const { archive } = await exportWithClient();
    const crowded = altered(archive, (files) => {
      for (let n = 0; n <= MAX_ARCHIVE_FILES; n += 1) files[`plans/p-${n}.json`] = { schemaVersion: 1, record: {} };
    });
    // Counted by the contract, before any file is looked at.
    expect(await refusedImport(crowded, 'invalid-request')).toMatch(/at most 20,000/);
  });
});

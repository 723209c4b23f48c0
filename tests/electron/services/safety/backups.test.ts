import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAY_MS, KEEP_AUTOMATIC } from '../../../../electron/services/backup';
import { manifestOf, objectPath } from '../../../helpers/backup-files';
import { MIN } from '../../../helpers/sessions';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

async function withSession() {
  const layout = layoutIn(tempDir());
  const running = safeBackend(layout);
  const session = await running.call('session.start', { planId: 'default-60' });
  running.clock.advance(3 * MIN);
  await running.call('session.command', { sessionId: session.id, command: { type: 'pause' } });
  return { layout, ...running, session };
}

describe('backups, restore, export and import', () => {
  it('backs up now, verifies the backup, and restores it after later changes, with a safety backup first', async () => {
    const { call, clock, session, layout } = await withSession();
    const records = Object.keys((await call('data.export')).files).length;
    const backup = await call('data.backup.now');
    expect(backup.reason).toBe('manual');
    expect(await call('data.backup.verify', { backupId: backup.id })).toEqual({ ok: true, files: records, problems: [] });

    clock.advance(MIN);
    await call('session.command', { sessionId: session.id, command: { type: 'resume' } });
    await call('session.command', { sessionId: session.id, command: { type: 'finish' } });
    writeFileSync(path.join(layout.dataDir, 'extra.json'), JSON.stringify({ schemaVersion: 1, record: { later: true } }));

    const result = await call('data.backup.restore', { backupId: backup.id, confirm: true });
    expect(result).toMatchObject({ restored: records, removed: 1, verification: { ok: true, files: records } });
    expect((await call('session.current')).events.map((event: { type: string }) => event.type)).toEqual(['start', 'pause']);
    const safety = (await call('data.backups.list')).find((entry: { id: string }) => entry.id === result.safetyBackup);
    expect(safety.reason).toBe('before-restore');
  });

  it('refuses to restore without confirmation or from a backup that fails verification', async () => {
    const { backend, call, layout } = await withSession();
    const backup = await call('data.backup.now');
    expect(await backend.handle('data.backup.restore', { backupId: backup.id })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const stored = objectPath(layout.backupsDir, manifestOf(layout.backupsDir, backup.id).files['sessions/s-1.json']!);
    const copy = JSON.parse(readFileSync(stored, 'utf8'));
    copy.record.createdAt = 1;
    writeFileSync(stored, JSON.stringify(copy));
    const check = await call('data.backup.verify', { backupId: backup.id });
    expect(check.ok).toBe(false);
    // Named as the therapist knows it, never by its file.
    expect(check.problems[0]).toMatch(/^The session record of .+: its copy in this backup is damaged: it is no longer what was stored\.$/);
    expect(await backend.handle('data.backup.restore', { backupId: backup.id, confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
  });

  it('exports everything as one archive that imports into an empty install exactly', async () => {
    const { call } = await withSession();
    const archive = await call('data.export');
    expect(Object.keys(archive.files)).toEqual(expect.arrayContaining(['current-session.json', 'sessions/s-1.json', 'plans/default-60.json']));

    const fresh = safeBackend(layoutIn(tempDir()));
    const imported = await fresh.call('data.import', { archive: JSON.parse(JSON.stringify(archive)) });
    expect(imported).toMatchObject({ imported: Object.keys(archive.files).length, verification: { ok: true } });
    expect((await fresh.call('data.export')).files).toEqual(archive.files);
    expect(await fresh.call('session.current')).toEqual(await call('session.current'));
  });

  it('imports into a new install that has only made its own plans, leaving exactly the archive', async () => {
    const { call } = await withSession();
    const archive = await call('data.export');
    const fresh = safeBackend(layoutIn(tempDir()));
    await fresh.call('plans.list');
    await fresh.call('plans.save', { plan: { ...(await fresh.call('plans.list'))[0], name: 'Made here first' } });
    const imported = await fresh.call('data.import', { archive });
    expect(imported.verification).toMatchObject({ ok: true });
    expect((await fresh.call('data.export')).files).toEqual(archive.files);
    expect((await fresh.call('data.backups.list')).map((backup: { reason: string }) => backup.reason)).toContain('before-restore');
  });

  it('refuses to import over existing records, or an archive that was altered', async () => {
    const { call, backend } = await withSession();
    const archive = await call('data.export');
    expect(await backend.handle('data.import', { archive })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const fresh = safeBackend(layoutIn(tempDir()));
    const altered = structuredClone(archive);
    altered.files['sessions/s-1.json'].record.id = 'someone-else';
    expect(await fresh.backend.handle('data.import', { archive: altered })).toMatchObject({ ok: false, error: { code: 'refused' } });
    const escaping = { ...structuredClone(archive), files: { '../outside.json': { schemaVersion: 1, record: {} } } };
    expect(await fresh.backend.handle('data.import', { archive: escaping })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await fresh.call('session.current')).toBeNull();
  });

  it('takes a daily backup while records exist and keeps the last 14', async () => {
    const { clock, layout, call, backend, session } = await withSession();
    await call('session.command', { sessionId: session.id, command: { type: 'finish' } });
    for (let day = 0; day < 20; day += 1) clock.advance(DAY_MS);
    await backend.idle();
    const daily = (await call('data.backups.list')).filter((backup: { reason: string }) => backup.reason === 'daily');
    expect(daily).toHaveLength(KEEP_AUTOMATIC);
    expect(daily[0].takenAt - daily[1].takenAt).toBe(DAY_MS);
    expect(readdirSync(layout.backupsDir).length).toBeGreaterThanOrEqual(KEEP_AUTOMATIC);
  });

  it('takes a backup before a new app version touches the data', async () => {
    const { layout, backend } = await withSession();
    backend.close();
    const updated = safeBackend(layout, { appVersion: '2.0.0' });
    await updated.backend.idle();
    const reasons = (await updated.call('data.backups.list')).map((backup: { reason: string }) => backup.reason);
    expect(reasons).toContain('before-update');
    updated.backend.close();
    const again = safeBackend(layout, { appVersion: '2.0.0' });
    expect((await again.call('data.backups.list')).filter((backup: { reason: string }) => backup.reason === 'before-update')).toHaveLength(1);
  });
});

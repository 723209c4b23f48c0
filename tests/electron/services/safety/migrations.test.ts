import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { sessionStateAt } from '../../../../shared/session/derive';
import type { Session } from '../../../../shared/session/session';
import { MIN } from '../../../helpers/sessions';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { migrate, migrations, type MigrationRegistry } from '../../../../electron/services/migrations';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { backupFiles } from '../../../helpers/backup-files';
import { useTempDirs } from '../../../helpers/temp-dir';
import { createStorage } from '../../../../electron/services/storage';

const tempDir = useTempDirs();

/** A fixture folder whose records grew twice: v1 {name}, v2 {title}, v3 {title, tags}. */
const noteV3 = z.strictObject({ title: z.string(), tags: z.array(z.string()) });
function fixtureRegistry() {
  const toV2 = vi.fn((record: unknown) => ({ title: (record as { name: string }).name }));
  const toV3 = vi.fn((record: unknown) => ({ ...(record as object), tags: [] }));
  const registry: MigrationRegistry = { notes: { current: 3, steps: { 1: toV2, 2: toV3 } } };
  return { registry, toV2, toV3 };
}

function writeStored(dataDir: string, name: string, schemaVersion: number, record: unknown): string {
  mkdirSync(path.join(dataDir, 'notes'), { recursive: true });
  const file = path.join(dataDir, 'notes', `${name}.json`);
  writeFileSync(file, JSON.stringify({ schemaVersion, record }));
  return file;
}

describe('schema versions and migrations', () => {
  it('production records are all at schema 1 with no migrations yet', () => {
    expect(migrations).toEqual({});
  });

  it('a migration is a pure function chain that leaves its input untouched', () => {
    const { registry } = fixtureRegistry();
    const stored = { name: 'Neck' };
    expect(migrate(registry, 'notes', 1, stored)).toEqual({ title: 'Neck', tags: [] });
    expect(stored).toEqual({ name: 'Neck' });
    expect(migrate(registry, 'notes', 2, { title: 'Back' })).toEqual({ title: 'Back', tags: [] });
  });

  it('migrates a stored record once, writes it back at the current version, after a backup', () => {
    const { registry, toV2, toV3 } = fixtureRegistry();
    const dataDir = tempDir();
    const file = writeStored(dataDir, 'n1', 1, { name: 'Neck' });
    const beforeMigration = vi.fn();
    const storage = createStorage(dataDir, { migrations: registry, beforeMigration, quarantineDir: path.join(tempDir(), 'q') });
    const record = storage.record('notes', 'n1', noteV3);
    expect(record.read()).toEqual({ title: 'Neck', tags: [] });
    expect(beforeMigration).toHaveBeenCalledTimes(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ schemaVersion: 3, record: { title: 'Neck', tags: [] } });
    expect(storage.record('notes', 'n1', noteV3).read()).toEqual({ title: 'Neck', tags: [] });
    expect(toV2).toHaveBeenCalledTimes(1);
    expect(toV3).toHaveBeenCalledTimes(1);
  });

  it('the back end takes one "before-migration" backup holding the old version', async () => {
    const { registry } = fixtureRegistry();
    const layout = layoutIn(tempDir());
    writeStored(layout.dataDir, 'n1', 1, { name: 'Neck' });
    writeStored(layout.dataDir, 'n2', 2, { title: 'Back' });
    const { call } = safeBackend(layout, { migrations: registry });
    const backups = await call('data.backups.list');
    const before = backups.filter((backup: { reason: string }) => backup.reason === 'before-migration');
    expect(before).toHaveLength(1);
    expect(backupFiles(layout.backupsDir, before[0].id)['notes/n1.json']).toEqual({ schemaVersion: 1, record: { name: 'Neck' } });
  });

  it('a session running when the app crashed, before an update that migrates sessions and the folder layout: the room offers it back whole', async () => {
    const layout = layoutIn(tempDir());
    const first = safeBackend(layout);
    await first.backend.idle();
    const { id } = await first.call('session.start', { planId: 'default-60' });
    first.clock.advance(3 * MIN);
    await first.call('session.command', { sessionId: id, command: { type: 'next' } });
    first.clock.advance(MIN);
    const acked = await first.call('session.command', { sessionId: id, command: { type: 'adjust', seconds: 60 } });
    // The crash: the journal holds the changes; the update comes with a newer session schema and a folder still to move.
    first.backend.close();
    expect(existsSync(path.join(layout.dataDir, 'journal', 'sessions', `${id}.jsonl`))).toBe(true);
    rmSync(path.join(layout.dataDir, '.cache', 'layout.json'), { force: true });
    const sessionsV2: MigrationRegistry = { sessions: { current: 2, steps: { 1: (record) => record } } };
    const second = safeBackend(layout, { appVersion: '1.1.0', migrations: sessionsV2 }, first.clock);
    const offered = await second.call('session.current');
    expect(offered.events).toEqual(acked.events);
    expect(sessionStateAt(offered, first.clock.now())).toMatchObject({ status: 'running', phaseIndex: 1 });
    await second.backend.idle();
    expect(existsSync(path.join(layout.dataDir, '.cache', 'layout.json'))).toBe(true);
    const backups: { id: string; reason: string }[] = await second.call('data.backups.list');
    const before = backups.find((backup) => backup.reason === 'before-update')!;
    expect((backupFiles(layout.backupsDir, before.id)[`sessions/${id}.json`] as { record: Session }).record.events).toEqual(acked.events);
    second.backend.close();
    const third = safeBackend(layout, { appVersion: '1.1.0', migrations: sessionsV2 }, first.clock);
    expect((await third.call('session.current')).events).toEqual(acked.events);
    third.backend.close();
  });

  it('a record from a version with no migration path is set aside, not guessed at', () => {
    const registry: MigrationRegistry = { notes: { current: 3, steps: { 2: (record) => record } } };
    const dataDir = tempDir();
    writeStored(dataDir, 'n1', 1, { name: 'Neck' });
    const storage = createStorage(dataDir, { migrations: registry, quarantineDir: path.join(tempDir(), 'q') });
    expect(storage.record('notes', 'n1', noteV3).read()).toBeUndefined();
    expect(storage.quarantine.list()[0]).toMatchObject({ record: 'notes/n1', reason: expect.stringMatching(/no migration from schema 1/) });
  });
});

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../../../electron/services/backup';
import { ENCRYPTED_PREFIX, fixedKeyProvider } from '../../../../electron/services/encryption';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const ana = { name: 'Ana Lopez', contact: '', dateOfBirth: '', ageBand: null, goals: '', notes: 'Old shoulder injury', preferredPressure: null };

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe('the record store with encryption on', () => {
  it("writes the running session's journal lines encrypted, bound to that session", async () => {
    const layout = layoutIn(tempDir());
    const keys = fixedKeyProvider();
    const { call, backend } = safeBackend(layout, { keys });
    await call('data.encryption.set', { enabled: true });
    const session = await call('session.start', { planId: 'default-60' });
    await call('session.command', { sessionId: session.id, command: { type: 'pause' } });

    const journal = path.join(layout.dataDir, 'journal', 'sessions', `${session.id}.jsonl`);
    const lines = readFileSync(journal, 'utf8').trimEnd().split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(0);
    // Each line is "<crc32> <text>"; the text is the record-bound form, never JSON.
    for (const line of lines) expect(line.slice(9).startsWith(ENCRYPTED_PREFIX), line).toBe(true);
    // After a crash the journal is read back with the key, as the session it belongs to.
    const before = await call('session.current');
    backend.close();
    expect(await safeBackend(layout, { keys }).call('session.current')).toEqual(before);
  });

  it('rewrites a plain backup of the old single-archive format sealed, and it still verifies and restores', async () => {
    const layout = layoutIn(tempDir());
    const keys = fixedKeyProvider();
    const first = safeBackend(layout, { keys });
    const client = await first.call('clients.create', { fields: ana });
    const exported = await first.call('data.export');
    first.backend.close();
    // What a backup looked like before content-addressed storage: one plain JSON archive.
    const old = { ...exported, reason: 'daily', checksum: checksumOf(exported.files) };
    writeFileSync(path.join(layout.backupsDir, `${String(old.createdAt - 1000).padStart(13, '0')}-daily.json`), JSON.stringify(old));

    const { call } = safeBackend(layout, { keys });
    await call('data.encryption.set', { enabled: true });

    for (const file of filesUnder(layout.backupsDir)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/Ana Lopez|shoulder/);
    const daily = (await call('data.backups.list')).find((backup: { reason: string }) => backup.reason === 'daily');
    expect(await call('data.backup.verify', { backupId: daily.id })).toMatchObject({ ok: true });
    await call('data.backup.restore', { backupId: daily.id, confirm: true });
    expect((await call('clients.search', { query: 'ana' })).clients.map((each: { id: string }) => each.id)).toEqual([client.id]);
  });
});

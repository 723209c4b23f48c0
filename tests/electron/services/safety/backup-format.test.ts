import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAILY_RETRY_MS, DAY_MS } from '../../../../electron/services/backup';
import { canonicalJson } from '../../../../electron/services/canonical-json';
import { MIN } from '../../../helpers/sessions';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

function bytesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

async function finishedSessions(count: number) {
  const layout = layoutIn(tempDir());
  const api = safeBackend(layout);
  for (let n = 0; n < count; n += 1) {
    const session = await api.call('session.start', { planId: 'default-60' });
    api.clock.advance(MIN);
    await api.call('session.command', { sessionId: session.id, command: { type: 'finish' } });
  }
  return { layout, ...api };
}

describe('content-addressed backups', () => {
  it('fourteen daily backups of an unchanged clinic cost about one copy', async () => {
    const { layout, clock, backend, call } = await finishedSessions(12);
    for (let day = 0; day < 14; day += 1) clock.advance(DAY_MS);
    await backend.idle();
    const daily = (await call('data.backups.list')).filter((backup: { reason: string }) => backup.reason === 'daily');
    expect(daily).toHaveLength(14);
    const recordFiles = readdirSync(layout.dataDir, { recursive: true }).filter((name) => String(name).endsWith('.json') && !String(name).startsWith('.cache')).length;
    expect(readdirSync(path.join(layout.backupsDir, 'objects'), { recursive: true }).filter((name) => String(name).length === 64 + 3)).toHaveLength(recordFiles);
    // One copy of the data, plus a list of hashes per backup (a small fraction of the data each).
    const data = bytesUnder(layout.dataDir) - bytesUnder(path.join(layout.dataDir, '.cache'));
    expect(bytesUnder(path.join(layout.backupsDir, 'objects'))).toBeLessThanOrEqual(data);
    // Each is listed with the size of the records it holds, not of its list of hashes: the same every day here.
    const held = readdirSync(path.join(layout.dataDir, 'sessions')).reduce((sum, name) => sum + statSync(path.join(layout.dataDir, 'sessions', name)).size, 0);
    for (const backup of daily) expect(backup.bytes).toBe(daily[0]!.bytes);
    expect(daily[0]!.bytes).toBeGreaterThanOrEqual(held);
    expect(daily[0]!.bytes).toBeLessThanOrEqual(data);
  });

  it('never starts the daily backup while a session runs; it follows once the session is over', async () => {
    const layout = layoutIn(tempDir());
    const { call, clock, backend } = safeBackend(layout);
    const session = await call('session.start', { planId: 'default-60' });
    clock.advance(DAY_MS + MIN);
    await backend.idle();
    expect((await call('data.backups.list')).filter((backup: { reason: string }) => backup.reason === 'daily')).toEqual([]);
    await call('session.command', { sessionId: session.id, command: { type: 'finish' } });
    clock.advance(DAILY_RETRY_MS);
    await backend.idle();
    expect((await call('data.backups.list')).filter((backup: { reason: string }) => backup.reason === 'daily')).toHaveLength(1);
  });

  it('still verifies and restores a backup of the old single-file format', async () => {
    const { layout, call } = await finishedSessions(1);
    const files = { 'sessions/s-1.json': JSON.parse(readFileSync(path.join(layout.dataDir, 'sessions', 's-1.json'), 'utf8')) };
    const checksum = createHash('sha256').update(canonicalJson(files)).digest('hex');
    const old = { format: 'stillpoint-archive', version: 1, createdAt: 1_700_000_000_000, reason: 'manual', appVersion: '0.1.0', files, checksum };
    writeFileSync(path.join(layout.backupsDir, '1700000000000-manual.json'), JSON.stringify(old));
    await call('session.start', { planId: 'default-60' });

    expect(await call('data.backup.verify', { backupId: '1700000000000-manual' })).toEqual({ ok: true, files: 1, problems: [] });
    const restored = await call('data.backup.restore', { backupId: '1700000000000-manual', confirm: true });
    expect(restored).toMatchObject({ restored: 1, verification: { ok: true } });
    expect(readdirSync(path.join(layout.dataDir, 'sessions'))).toEqual(['s-1.json']);
  });
});

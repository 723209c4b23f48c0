import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RETRY_MS } from '../../../../electron/services/disk-writer';
import { MIN } from '../../../helpers/sessions';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

/** Stands in for a full disk: every write fails with ENOSPC while `full` is true. */
function fullDisk() {
  const disk = { full: false, attempts: 0 };
  const writeGuard = () => {
    disk.attempts += 1;
    if (disk.full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  return { disk, writeGuard };
}

describe('a full or read-only disk', () => {
  it('keeps the session running in memory, says so, retries, and saves everything once the disk recovers', async () => {
    const layout = layoutIn(tempDir());
    const { disk, writeGuard } = fullDisk();
    const { call, clock, pushes } = safeBackend(layout, { writeGuard });
    const session = await call('session.start', { planId: 'default-60' });
    const file = path.join(layout.dataDir, 'sessions', `${session.id}.json`);

    disk.full = true;
    clock.advance(2 * MIN);
    const paused = await call('session.command', { sessionId: session.id, command: { type: 'pause' } });
    expect(paused.events.map((event: { type: string }) => event.type)).toEqual(['start', 'pause']);
    // The acknowledged pause lives in memory: the session reads it back though the file does not have it.
    expect((await call('session.current')).events).toHaveLength(2);
    expect(JSON.parse(readFileSync(file, 'utf8')).record.events).toHaveLength(1);

    const told = pushes.filter((push) => push.channel === 'data.disk').at(-1)?.payload;
    expect(told).toMatchObject({ state: 'retrying', pending: [`sessions/${session.id}`], message: expect.stringMatching(/memory only/) });
    expect((await call('data.status')).disk.state).toBe('retrying');

    const attempts = disk.attempts;
    clock.advance(RETRY_MS);
    expect(disk.attempts).toBeGreaterThan(attempts);
    await call('session.command', { sessionId: session.id, command: { type: 'resume' } });

    disk.full = false;
    clock.advance(RETRY_MS);
    expect(JSON.parse(readFileSync(file, 'utf8')).record.events.map((event: { type: string }) => event.type)).toEqual([
      'start',
      'pause',
      'resume',
    ]);
    expect(pushes.filter((push) => push.channel === 'data.disk').at(-1)?.payload).toMatchObject({ state: 'ok', pending: [] });
  });

  it('a read-only folder (EROFS) is retried the same way, and "retry now" works at once', async () => {
    const layout = layoutIn(tempDir());
    let readOnly = true;
    const { call } = safeBackend(layout, {
      writeGuard: () => {
        if (readOnly) throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      },
    });
    const session = await call('session.start', { planId: 'default-60' });
    expect((await call('data.status')).disk.pending).toEqual(expect.arrayContaining(['current-session', `sessions/${session.id}`]));
    readOnly = false;
    expect(await call('data.retry')).toMatchObject({ state: 'ok', pending: [] });
    expect(JSON.parse(readFileSync(path.join(layout.dataDir, 'current-session.json'), 'utf8')).record).toEqual({
      currentSessionId: session.id,
    });
  });
});

import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const mode = (target: string) => statSync(target).mode & 0o777;

describe('a data folder from an older Stillpoint', () => {
  it('is brought to the new layout on first start: folders 0700, files 0600, with progress reported', async () => {
    const layout = layoutIn(tempDir());
    const sessions = path.join(layout.dataDir, 'sessions');
    mkdirSync(sessions, { mode: 0o755 });
    mkdirSync(layout.backupsDir, { mode: 0o755 });
    // Enough files for the progress to be worth showing.
    for (let n = 0; n < 150; n += 1) writeFileSync(path.join(sessions, `s-old-${n}.json`), '{"schemaVersion":1,"record":{}}', { mode: 0o644 });
    const record = path.join(sessions, 's-old-0.json');
    const oldBackup = path.join(layout.backupsDir, '1700000000000-daily.json');
    writeFileSync(oldBackup, '{}', { mode: 0o644 });
    chmodSync(layout.dataDir, 0o755);

    const { backend, pushes, call } = safeBackend(layout);
    await backend.idle();
    expect((await call('data.status')).migration).toBeNull();
    expect([mode(layout.dataDir), mode(sessions), mode(layout.backupsDir)]).toEqual([0o700, 0o700, 0o700]);
    expect([mode(record), mode(oldBackup)]).toEqual([0o600, 0o600]);
    const progress = pushes.filter((push) => push.channel === 'data.migration').map((push) => push.payload as { done: number; total: number });
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)!.total });
    expect(existsSync(path.join(layout.dataDir, '.cache', 'layout.json'))).toBe(true);

    // Once done, a later start leaves it be.
    const again = safeBackend(layout);
    await again.backend.idle();
    expect(again.pushes.filter((push) => push.channel === 'data.migration')).toEqual([]);
  });
});

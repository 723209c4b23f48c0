import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENCRYPTED_PREFIX, fixedKeyProvider } from '../../../../electron/services/encryption';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('encryption at rest', () => {
  it('switching on rewrites every record encrypted (after a backup), and switching off rewrites them plain', async () => {
    const layout = layoutIn(tempDir());
    const keys = fixedKeyProvider();
    const { call } = safeBackend(layout, { keys });
    const session = await call('session.start', { planId: 'default-60' });
    const file = path.join(layout.dataDir, 'sessions', `${session.id}.json`);

    expect(await call('data.encryption.set', { enabled: true })).toEqual({ enabled: true, available: true, locked: false, recovery: false, otherRoom: null });
    expect(readFileSync(file, 'utf8').startsWith(ENCRYPTED_PREFIX)).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain('Arrival');
    expect((await call('data.backups.list')).map((backup: { reason: string }) => backup.reason)).toContain('before-encryption');
    expect(await call('session.current')).toEqual(session);

    // A restart with the same key reads everything; new writes stay encrypted.
    const again = safeBackend(layout, { keys });
    expect(await again.call('session.current')).toEqual(session);
    await again.call('session.command', { sessionId: session.id, command: { type: 'pause' } });
    expect(readFileSync(file, 'utf8').startsWith(ENCRYPTED_PREFIX)).toBe(true);

    // Export is the therapist's own copy: decrypted.
    expect((await again.call('data.export')).files[`sessions/${session.id}.json`].record.id).toBe(session.id);

    expect(await again.call('data.encryption.set', { enabled: false })).toEqual({ enabled: false, available: true, locked: false, recovery: false, otherRoom: null });
    expect(JSON.parse(readFileSync(file, 'utf8')).record.events).toHaveLength(2);
  });

  it('without a key (browser mode) the option is unavailable and refused clearly', async () => {
    const { backend, call } = safeBackend(layoutIn(tempDir()));
    expect((await call('data.status')).encryption).toEqual({ enabled: false, available: false, locked: false, recovery: false, otherRoom: null });
    expect(await backend.handle('data.encryption.set', { enabled: true })).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/keychain/) },
    });
  });

  it('an encrypted file without its key is left in place with a clear error, never set aside', async () => {
    const layout = layoutIn(tempDir());
    const keys = fixedKeyProvider();
    const first = safeBackend(layout, { keys });
    const session = await first.call('session.start', { planId: 'default-60' });
    await first.call('data.encryption.set', { enabled: true });
    first.backend.close();

    const keyless = safeBackend(layout);
    expect(await keyless.backend.handle('session.current', {})).toMatchObject({
      ok: false,
      error: { code: 'locked', message: expect.stringMatching(/keychain is locked/) },
    });
    expect(readFileSync(path.join(layout.dataDir, 'sessions', `${session.id}.json`), 'utf8').startsWith(ENCRYPTED_PREFIX)).toBe(true);
    expect((await keyless.call('data.status')).damaged).toEqual([]);
    keyless.backend.close();

    expect(await safeBackend(layout, { keys }).call('session.current')).toEqual(session);
  });
});

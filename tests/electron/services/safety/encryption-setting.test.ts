import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENCRYPTED_PREFIX, fixedKeyProvider } from '../../../../electron/services/encryption';
import { someClient } from '../../../helpers/backend';
import { layoutIn, type Layout } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';
import { encryptionRoom } from './encryption-room';

const tempDir = useTempDirs();
const PASSPHRASE = 'olive kettle harbour ninety';

const desktop = (layout: Layout = layoutIn(tempDir()), keys = fixedKeyProvider(), trouble: { when?: (file: string) => boolean } = {}) =>
  encryptionRoom(layout, keys, trouble);

const filesUnder = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)])) : [];

describe('the encryption setting', () => {
  it('asked for what it already is, changes nothing and takes no second backup', async () => {
    const room = desktop();
    await room.call('clients.create', { fields: someClient });
    await room.call('data.encryption.set', { enabled: true });
    const before = await room.backups();

    expect(await room.call('data.encryption.set', { enabled: true })).toMatchObject({ enabled: true, locked: false });
    expect(await room.backups()).toEqual(before);
    expect(await room.call('data.encryption.set', { enabled: false })).toMatchObject({ enabled: false });
    expect(await room.call('data.encryption.set', { enabled: false })).toMatchObject({ enabled: false });
    expect((await room.backups()).filter((reason) => reason === 'before-encryption')).toHaveLength(2);
  });

  it('with the keychain locked, cannot be changed: refused in plain words, nothing changed', async () => {
    const layout = layoutIn(tempDir());
    const keys = fixedKeyProvider();
    const first = desktop(layout, keys);
    const ana = await first.call('clients.create', { fields: someClient });
    await first.call('data.encryption.set', { enabled: true });
    first.backend.close();
    keys.locked = true;
    const room = desktop(layout, keys);
    const clientFile = path.join(layout.dataDir, 'clients', `${ana.id}.json`);
    const before = readFileSync(clientFile, 'utf8');

    expect(await room.refusal('data.encryption.set', { enabled: false })).toEqual({
      code: 'refused',
      message: 'The records are locked. Unlock them first (keychain or clinic passphrase), then change this setting.',
    });
    expect(readFileSync(clientFile, 'utf8')).toBe(before);
    expect(await room.call('data.status')).toMatchObject({ encryption: { enabled: true, locked: true } });
  });

  it('stopped part-way by a full disk says so plainly, and every file still reads as it did', async () => {
    const room = desktop();
    const ana = await room.call('clients.create', { fields: someClient });
    const session = await room.call('session.start', { planId: 'default-60' });
    room.trouble.when = (file) => file.includes(`${path.sep}sessions${path.sep}`);

    const error = await room.refusal('data.encryption.set', { enabled: true });
    room.trouble.when = undefined;

    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/^Switching encryption stopped part-way \(.+\)\. Every file is still readable; nothing was lost\.$/);
    expect((await room.call('data.status')).encryption).toMatchObject({ enabled: false, locked: false });
    expect(await room.call('clients.get', { clientId: ana.id })).toMatchObject({ name: someClient.name });
    expect(await room.call('session.current')).toMatchObject({ id: session.id });
    // What is written next is written plain again, as the setting says.
    await room.call('session.command', { sessionId: session.id, command: { type: 'pause' } });
    expect(readFileSync(path.join(room.layout.dataDir, 'sessions', `${session.id}.json`), 'utf8').startsWith(ENCRYPTED_PREFIX)).toBe(false);
  });

  it('the clinic passphrase needs encryption on, and a sound passphrase', async () => {
    const room = desktop();
    expect(await room.refusal('data.recovery.set', { passphrase: PASSPHRASE })).toEqual({
      code: 'refused',
      message: 'Turn encryption on first; the clinic passphrase opens encrypted records.',
    });
    await room.call('data.encryption.set', { enabled: true });
    expect((await room.refusal('data.recovery.set', { passphrase: 'short' })).code).toBe('refused');
    expect((await room.call('data.status')).encryption.recovery).toBe(false);
    expect(await room.call('data.recovery.set', { passphrase: PASSPHRASE })).toMatchObject({ recovery: true });
  });

  it('cannot take a clinic passphrase while the records are locked', async () => {
    const layout = layoutIn(tempDir());
    const keys = fixedKeyProvider();
    const first = desktop(layout, keys);
    await first.call('data.encryption.set', { enabled: true });
    first.backend.close();
    keys.locked = true;
    const room = desktop(layout, keys);

    expect(await room.refusal('data.recovery.set', { passphrase: PASSPHRASE })).toEqual({
      code: 'refused',
      message: 'The records are locked. Unlock them first, then set the clinic passphrase.',
    });
    expect(existsSync(path.join(layout.dataDir, 'recovery-key.json'))).toBe(false);
  });

  it('unlocking what is not locked changes nothing; a keychain still locked is said plainly', async () => {
    const layout = layoutIn(tempDir());
    const keys = fixedKeyProvider();
    const first = desktop(layout, keys);
    expect(await first.call('data.encryption.unlock', {})).toMatchObject({ enabled: false, locked: false });
    await first.call('clients.create', { fields: someClient });
    await first.call('data.encryption.set', { enabled: true });
    expect(await first.call('data.encryption.unlock', { passphrase: PASSPHRASE })).toMatchObject({ enabled: true, locked: false });
    first.backend.close();

    keys.locked = true;
    const room = desktop(layout, keys);
    expect(await room.refusal('data.encryption.unlock', {})).toEqual({
      code: 'locked',
      message: 'The keychain still cannot give the key. Unlock it, or use your recovery passphrase.',
    });
    keys.locked = false;
    expect(await room.call('data.encryption.unlock', {})).toMatchObject({ enabled: true, locked: false });
    expect((await room.call('clients.search', { query: '' })).clients).toHaveLength(1);
  });

  it('turned on, leaves nothing readable on disk: records, backups and set-aside files', async () => {
    const room = desktop();
    const ana = await room.call('clients.create', { fields: { ...someClient, notes: 'Old shoulder injury' } });
    await room.call('data.backup.now');
    await room.call('data.encryption.set', { enabled: true });
    await room.backend.idle();

    const readable = [room.layout.dataDir, room.layout.backupsDir, room.layout.quarantineDir]
      .flatMap(filesUnder)
      .filter((file) => /Old shoulder injury/.test(readFileSync(file, 'utf8')));
    expect(readable).toEqual([]);
    expect(await room.call('clients.get', { clientId: ana.id })).toMatchObject({ notes: 'Old shoulder injury' });
  });
});

import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keychainKey } from '../../../electron/main/keychain-key';
import { KEY_BYTES, KeyUnavailableError } from '../../../electron/services/encryption';
import { FakeSafeStorage } from '../../doubles/electron';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function keyFileIn(): string {
  return path.join(tempDir(), 'encryption-key.bin');
}

describe('the keychain-held key', () => {
  it('is made only when asked to, stored sealed, and the same key is opened on the next start', async () => {
    const file = keyFileIn();
    const keychain = new FakeSafeStorage();
    const first = keychainKey(keychain as never, file, 'linux');
    expect(keychain.calls).toBe(0);
    await expect(first.open({ create: false })).rejects.toThrow(KeyUnavailableError);
    await expect(first.open({ create: false })).rejects.toThrow(/is missing/);
    expect(existsSync(file)).toBe(false);
    const key = await first.open({ create: true });
    expect(readFileSync(file).toString()).not.toContain(key.toString('base64'));
    const second = keychainKey(new FakeSafeStorage() as never, file, 'linux');
    expect((await second.open({ create: false })).equals(key)).toBe(true);
  });

  it('keeps a key recovered with the passphrase, sealed, in place of a missing one', async () => {
    const file = keyFileIn();
    const recovered = randomBytes(KEY_BYTES);
    const fresh = keychainKey(new FakeSafeStorage() as never, file, 'linux');
    await fresh.adopt(recovered);
    expect((await fresh.open({ create: false })).equals(recovered)).toBe(true);
    expect(readFileSync(file).toString()).not.toContain(recovered.toString('base64'));
    expect((await keychainKey(new FakeSafeStorage() as never, file, 'linux').open({ create: false })).equals(recovered)).toBe(true);
  });

  it('is refused without a real keychain, and nothing is written', async () => {
    const file = keyFileIn();
    await expect(keychainKey(new FakeSafeStorage(false) as never, file, 'darwin').open({ create: true })).rejects.toThrow(/keychain is not available right now/);
    await expect(keychainKey(new FakeSafeStorage(true, 'basic_text') as never, file, 'linux').open({ create: true })).rejects.toThrow(/no system keychain/);
    await expect(keychainKey(new FakeSafeStorage(true, 'unknown') as never, file, 'linux').open({ create: true })).rejects.toThrow(/no system keychain/);
    expect(existsSync(file)).toBe(false);
  });

  it("on Linux, never seals with Chromium's built-in fallback password (a v10 blob)", async () => {
    const file = keyFileIn();
    const keychain = new FakeSafeStorage();
    keychain.prefix = 'v10';
    const keys = keychainKey(keychain as never, file, 'linux');
    await expect(keys.open({ create: true })).rejects.toThrow(/password anyone can know/);
    expect(existsSync(file)).toBe(false);
  });

  it('on Linux, refuses a key file sealed with the fallback password, even when the backend looks fine', async () => {
    const file = keyFileIn();
    const sealing = new FakeSafeStorage();
    sealing.prefix = 'v10';
    writeFileSync(file, await sealing.encryptStringAsync(Buffer.alloc(32, 7).toString('base64')));
    const keys = keychainKey(new FakeSafeStorage() as never, file, 'linux');
    await expect(keys.open({ create: true })).rejects.toThrow(/sealed without a system keychain/);
    // On macOS and Windows "v10" is the normal mark of a keychain seal.
    expect(await keychainKey(new FakeSafeStorage() as never, file, 'darwin').open({ create: false })).toEqual(Buffer.alloc(32, 7));
  });

  it('seals the key again when the keychain says its own key was rotated', async () => {
    const file = keyFileIn();
    const key = await keychainKey(new FakeSafeStorage() as never, file, 'linux').open({ create: true });
    const rotated = new FakeSafeStorage();
    rotated.shouldReEncrypt = true;
    rotated.prefix = 'v12';
    expect((await keychainKey(rotated as never, file, 'linux').open({ create: false })).equals(key)).toBe(true);
    expect(readFileSync(file).subarray(0, 3).toString()).toBe('v12');
  });

  it('keeps an empty or damaged key file as it is and says what to do', async () => {
    const file = keyFileIn();
    writeFileSync(file, '');
    const keychain = new FakeSafeStorage();
    await expect(keychainKey(keychain as never, file, 'linux').open({ create: true })).rejects.toThrow(/is damaged\. Put back a good copy/);
    expect(readFileSync(file)).toHaveLength(0);
    expect(keychain.calls).toBe(1);
  });
});

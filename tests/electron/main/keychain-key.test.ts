import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keychainKey } from '../../../electron/main/keychain-key';
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
    expect(first.isOpen()).toBe(false);
    expect(() => first.key()).toThrow(/has not opened the encryption key/);
    expect(await first.open(false)).toMatch(/is missing/);
    expect(existsSync(file)).toBe(false);
    expect(await first.open(true)).toBeNull();
    expect(readFileSync(file).toString()).not.toContain(first.key().toString('base64'));
    const second = keychainKey(new FakeSafeStorage() as never, file, 'linux');
    expect(await second.open(false)).toBeNull();
    expect(second.key().equals(first.key())).toBe(true);
  });

  it('is refused without a real keychain, and nothing is written', async () => {
    const file = keyFileIn();
    expect(await keychainKey(new FakeSafeStorage(false) as never, file, 'darwin').open(true)).toMatch(/keychain is not available right now/);
    expect(await keychainKey(new FakeSafeStorage(true, 'basic_text') as never, file, 'linux').open(true)).toMatch(/no system keychain/);
    expect(await keychainKey(new FakeSafeStorage(true, 'unknown') as never, file, 'linux').open(true)).toMatch(/no system keychain/);
    expect(existsSync(file)).toBe(false);
  });

  it("on Linux, never seals with Chromium's built-in fallback password (a v10 blob)", async () => {
    const file = keyFileIn();
    const keychain = new FakeSafeStorage();
    keychain.prefix = 'v10';
    const keys = keychainKey(keychain as never, file, 'linux');
    expect(await keys.open(true)).toMatch(/password anyone can know/);
    expect(keys.isOpen()).toBe(false);
    expect(existsSync(file)).toBe(false);
  });

  it('on Linux, refuses a key file sealed with the fallback password, even when the backend looks fine', async () => {
    const file = keyFileIn();
    const sealing = new FakeSafeStorage();
    sealing.prefix = 'v10';
    writeFileSync(file, await sealing.encryptStringAsync(Buffer.alloc(32, 7).toString('base64')));
    const keys = keychainKey(new FakeSafeStorage() as never, file, 'linux');
    expect(await keys.open(false)).toMatch(/sealed without a system keychain/);
    expect(keys.isOpen()).toBe(false);
    // On macOS and Windows "v10" is the normal mark of a keychain seal.
    expect(await keychainKey(new FakeSafeStorage() as never, file, 'darwin').open(false)).toBeNull();
  });

  it('seals the key again when the keychain says its own key was rotated', async () => {
    const file = keyFileIn();
    const made = keychainKey(new FakeSafeStorage() as never, file, 'linux');
    await made.open(true);
    const rotated = new FakeSafeStorage();
    rotated.shouldReEncrypt = true;
    rotated.prefix = 'v12';
    const reopened = keychainKey(rotated as never, file, 'linux');
    expect(await reopened.open(false)).toBeNull();
    expect(reopened.key().equals(made.key())).toBe(true);
    expect(readFileSync(file).subarray(0, 3).toString()).toBe('v12');
  });

  it('keeps an empty or damaged key file as it is and says what to do', async () => {
    const file = keyFileIn();
    writeFileSync(file, '');
    const keychain = new FakeSafeStorage();
    expect(await keychainKey(keychain as never, file, 'linux').open(true)).toMatch(/is damaged\. Put back a good copy/);
    expect(readFileSync(file)).toHaveLength(0);
    expect(keychain.calls).toBe(1);
  });
});

import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import { KEY_BYTES, KeyUnavailableError, type KeyProvider } from '../services/encryption';

type Keychain = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'>;

/** Written beside, then renamed: a crash never leaves half a key file. */
async function sealInto(safeStorage: Keychain, keyFile: string, key: Buffer): Promise<void> {
  const encrypted = await safeStorage.encryptStringAsync(key.toString('base64'));
  mkdirSync(path.dirname(keyFile), { recursive: true });
  writeFileSync(`${keyFile}.tmp`, encrypted, { mode: 0o600 });
  renameSync(`${keyFile}.tmp`, keyFile);
}

/**
 * The key for encryption at rest: kept in a small file that only the OS
 * keychain can open (Electron safeStorage), opened only when encryption is on
 * or being turned on. Without a real keychain (Linux "basic_text" stores it in
 * the clear) the option is off.
 */
export async function loadKeychainKey(safeStorage: Keychain, keyFile: string, platform = process.platform): Promise<KeyProvider | undefined> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return undefined;
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
  return {
    async open({ create }) {
      let sealed: Buffer | null = null;
      try {
        sealed = readFileSync(keyFile);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new KeyUnavailableError();
      }
      if (!sealed || sealed.length === 0) {
        if (!create) throw new KeyUnavailableError();
        const key = randomBytes(KEY_BYTES);
        await sealInto(safeStorage, keyFile, key);
        return key;
      }
      let key: Buffer;
      try {
        key = Buffer.from((await safeStorage.decryptStringAsync(sealed)).result, 'base64');
      } catch {
        throw new KeyUnavailableError();
      }
      if (key.length !== KEY_BYTES) throw new KeyUnavailableError();
      return key;
    },
    adopt: (key) => sealInto(safeStorage, keyFile, key),
  };
}

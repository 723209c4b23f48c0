import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import { KEY_BYTES, type KeyProvider } from '../services/encryption';

type Keychain = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'>;

/**
 * The key for encryption at rest: made once, kept in a small file that only
 * the OS keychain can open (Electron safeStorage), opened at start. Without a
 * real keychain (Linux "basic_text" stores it in the clear) the option is off.
 */
export async function loadKeychainKey(safeStorage: Keychain, keyFile: string, platform = process.platform): Promise<KeyProvider | undefined> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return undefined;
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
  let sealed: Buffer | null = null;
  try {
    sealed = readFileSync(keyFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let key: Buffer;
  if (sealed) {
    key = Buffer.from((await safeStorage.decryptStringAsync(sealed)).result, 'base64');
    if (key.length !== KEY_BYTES) throw new Error(`${keyFile} does not hold a Stillpoint key.`);
  } else {
    key = randomBytes(KEY_BYTES);
    const encrypted = await safeStorage.encryptStringAsync(key.toString('base64'));
    mkdirSync(path.dirname(keyFile), { recursive: true });
    // Written beside, then renamed: a crash never leaves half a key file.
    writeFileSync(`${keyFile}.tmp`, encrypted, { mode: 0o600 });
    renameSync(`${keyFile}.tmp`, keyFile);
  }
  return { key: () => key };
}

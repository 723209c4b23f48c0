import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import { KEY_BYTES, KeyUnavailableError, type KeyProvider } from '../services/encryption';

type Keychain = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'>;

/**
 * On Linux, Chromium seals with a password built into every copy of it when
 * no real keychain answers, and marks such blobs "v10" (a keyring-held
 * password gives "v11"). A key sealed that way is as good as plaintext.
 */
const LINUX_FALLBACK_PREFIX = 'v10';

/** Said to the person, so it names the file and what to do. */
class KeychainProblem extends Error {}

function sealedWithFallback(sealed: Buffer, platform: NodeJS.Platform): boolean {
  return platform === 'linux' && sealed.subarray(0, LINUX_FALLBACK_PREFIX.length).toString('latin1') === LINUX_FALLBACK_PREFIX;
}

function writeSealed(keyFile: string, sealed: Buffer): void {
  mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
  // Written beside, then renamed: a crash never leaves half a key file.
  writeFileSync(`${keyFile}.tmp`, sealed, { mode: 0o600 });
  renameSync(`${keyFile}.tmp`, keyFile);
}

function readSealed(keyFile: string): Buffer | null {
  try {
    return readFileSync(keyFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new KeychainProblem(`The key file ${keyFile} could not be read (${(error as Error).message}).`);
  }
}

async function seal(safeStorage: Keychain, keyFile: string, key: Buffer, platform: NodeJS.Platform): Promise<void> {
  const sealed = await safeStorage.encryptStringAsync(key.toString('base64'));
  if (sealedWithFallback(sealed, platform)) {
    throw new KeychainProblem('No system keychain (such as GNOME Keyring or KWallet) answered, so the key could only be sealed with a password anyone can know.');
  }
  writeSealed(keyFile, sealed);
}

async function openKey(safeStorage: Keychain, keyFile: string, create: boolean, platform: NodeJS.Platform): Promise<Buffer> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) {
    throw new KeychainProblem('The system keychain is not available right now (it may be locked, or still starting).');
  }
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
  if (backend === 'basic_text' || backend === 'unknown') {
    throw new KeychainProblem('This computer has no system keychain (such as GNOME Keyring or KWallet) for Stillpoint to keep its key in.');
  }
  const sealed = readSealed(keyFile);
  if (!sealed) {
    if (!create) throw new KeychainProblem(`The key file ${keyFile} is missing. Put it back (from where it was moved or backed up), then restart Stillpoint.`);
    const key = randomBytes(KEY_BYTES);
    await seal(safeStorage, keyFile, key, platform);
    return key;
  }
  const damaged = `The key file ${keyFile} is damaged. Put back a good copy, or move it away to make a new key (files encrypted with the old key then stay unreadable).`;
  // An empty file is a Buffer all the same, and truthy: it must not reach the keychain as if it held a key.
  if (sealed.length === 0) throw new KeychainProblem(damaged);
  if (sealedWithFallback(sealed, platform)) {
    throw new KeychainProblem(`The key file ${keyFile} was sealed without a system keychain, with a password anyone can know, so Stillpoint will not use it.`);
  }
  let opened: Awaited<ReturnType<Keychain['decryptStringAsync']>>;
  try {
    opened = await safeStorage.decryptStringAsync(sealed);
  } catch (error) {
    throw new KeychainProblem(`The system keychain could not open the key (${(error as Error).message}). Unlock the keychain, then restart Stillpoint.`);
  }
  const key = Buffer.from(opened.result, 'base64');
  if (key.length !== KEY_BYTES) throw new KeychainProblem(damaged);
  // The keychain rotated its own key: seal ours again so the old one can go.
  // If that fails the old seal still opens, so the key is used all the same.
  if (opened.shouldReEncrypt) await seal(safeStorage, keyFile, key, platform).catch(() => undefined);
  return key;
}

/**
 * The key for encryption at rest, made once (or recovered with the recovery passphrase and adopted) and kept in a small file that only
 * the OS keychain can open (Electron safeStorage). Nothing here touches the
 * keychain until `open` is called, which the services do only when encryption
 * is on or being turned on. Every refusal is a KeyUnavailableError saying why.
 */
export function keychainKey(safeStorage: Keychain, keyFile: string, platform: NodeJS.Platform = process.platform): KeyProvider {
  let opened: Buffer | null = null;
  return {
    async open({ create }) {
      if (opened) return opened;
      try {
        opened = await openKey(safeStorage, keyFile, create, platform);
        return opened;
      } catch (error) {
        const why = error instanceof KeychainProblem ? error.message : `The system keychain could not be used (${(error as Error).message}).`;
        throw new KeyUnavailableError(why);
      }
    },
    async adopt(key) {
      await seal(safeStorage, keyFile, key, platform);
      opened = key;
    },
  };
}

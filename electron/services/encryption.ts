import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Marks a record file written encrypted; plain files start with "{". */
export const ENCRYPTED_PREFIX = 'stillpoint-aes-256-gcm:';
export const KEY_BYTES = 32;

/**
 * Hands out the key for encryption at rest. The desktop app keeps it in the OS
 * keychain (Electron safeStorage) and opens it only when encryption is on or
 * being turned on; tests inject a fixed key; browser mode has none.
 */
export interface KeyProvider {
  /**
   * Opens the key, making it first when `create` is set and there is none.
   * Rejects with KeyUnavailableError, saying why, when the keychain cannot give it now.
   */
  open(options: { create: boolean }): Promise<Buffer>;
}

export class DamagedFileError extends Error {
  override readonly name: string = 'DamagedFileError';
}

/** An encrypted file on a computer (or a moment) without the key: not damage, so it stays where it is. */
export class KeyUnavailableError extends DamagedFileError {
  override readonly name = 'KeyUnavailableError';
}

/** AES-256-GCM: authenticated, so a flipped byte is detected instead of read as garbage. */
export function encryptText(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ENCRYPTED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function decryptText(text: string, key: Buffer | undefined): string {
  if (!key) throw new KeyUnavailableError('it is encrypted and the key is not available on this computer');
  const raw = Buffer.from(text.slice(ENCRYPTED_PREFIX.length), 'base64');
  if (raw.length < 28) throw new DamagedFileError('its encrypted content is cut short');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw new DamagedFileError('its encrypted content does not match its key (damaged, or another key)');
  }
}

export function isEncryptedText(text: string): boolean {
  return text.startsWith(ENCRYPTED_PREFIX);
}

/** A key that lives only as long as the process: for tests and for trying the option out. */
export function fixedKeyProvider(key: Buffer = randomBytes(KEY_BYTES)): KeyProvider {
  return { open: async () => key };
}

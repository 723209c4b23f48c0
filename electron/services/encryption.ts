import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { ContractError } from '../../shared/contract/errors';

/**
 * Version 3: the record's name ("sessions/s-1") is the associated data, so a
 * file moved onto another record fails to open; and the file names its key
 * (`<keyId>:` after the prefix), so a record another room sealed with a key
 * this room does not hold is told apart from a damaged one.
 */
export const ENCRYPTED_PREFIX = 'stillpoint-aes-256-gcm-v3:';
/** Version 2, bound to its record but naming no key: still read, and rewritten as version 3. */
export const BOUND_ENCRYPTED_PREFIX = 'stillpoint-aes-256-gcm-v2:';
/** Version 1, without associated data: still read, and rewritten as version 3. */
export const LEGACY_ENCRYPTED_PREFIX = 'stillpoint-aes-256-gcm:';
export const KEY_BYTES = 32;

/**
 * Hands out the key for encryption at rest. The desktop app keeps it in the OS
 * keychain (Electron safeStorage); tests inject a fixed key; browser mode has none.
 */
export interface KeyProvider {
  /**
   * The data key, opened only when encryption is on or being turned on (a
   * keychain prompt otherwise comes for nothing). With `create`, a key is made
   * when this computer has none yet. Rejects with KeyUnavailableError when the
   * keychain cannot give it now.
   */
  open(options: { create: boolean }): Promise<Buffer>;
  /** Keeps a key recovered with the recovery passphrase in this computer's keychain. */
  adopt(key: Buffer): Promise<void>;
}

export class DamagedFileError extends Error {
  override readonly name: string = 'DamagedFileError';
}

export const LOCKED_MESSAGE =
  'The keychain is locked, so Stillpoint cannot open its encryption key: encrypted records stay closed and no client or session is saved. ' +
  'Unlock the keychain and restart Stillpoint, or enter your recovery passphrase on the Data screen.';

/** Said in a room that has not been given the clinic key yet, while another room's encrypted records arrive. */
export function clinicLockedMessage(room: string | undefined): string {
  return (
    `The records from ${room ? room : 'another room'} are locked: they are encrypted with the clinic's key, which this room does not hold yet. ` +
    'Enter the clinic passphrase on the Data screen to open them (once; this computer then keeps the key). Until then no client or session is saved here.'
  );
}

/** The encryption setting is on and its key cannot be opened: refused with this, never written in plain text. */
export function keychainLocked(message = LOCKED_MESSAGE): ContractError {
  return new ContractError({ code: 'locked', message });
}

/** An encrypted file on a computer (or a moment) without the key: not damage, so it stays where it is. */
export class KeyUnavailableError extends DamagedFileError {
  override readonly name = 'KeyUnavailableError';
  constructor(message = LOCKED_MESSAGE) {
    super(message);
  }
}

/** A one-way name for a data key: equal for the same key, useless for finding it. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('stillpoint-key-id:').update(key).digest('hex').slice(0, 16);
}

const KEY_ID = /^[0-9a-f]{16}$/;

/** The key a version-3 file names; undefined for older files, which name none. */
export function sealedKeyId(text: string): string | undefined {
  if (!text.startsWith(ENCRYPTED_PREFIX)) return undefined;
  const id = text.slice(ENCRYPTED_PREFIX.length, ENCRYPTED_PREFIX.length + 16);
  return KEY_ID.test(id) && text[ENCRYPTED_PREFIX.length + 16] === ':' ? id : undefined;
}

/** AES-256-GCM: authenticated, so a flipped byte, or a file swapped onto another record, is detected instead of read. */
export function encryptText(plain: string, key: Buffer, record: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(record, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${ENCRYPTED_PREFIX}${keyIdOf(key)}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

function bodyOf(text: string): string {
  if (text.startsWith(LEGACY_ENCRYPTED_PREFIX)) return text.slice(LEGACY_ENCRYPTED_PREFIX.length);
  if (text.startsWith(BOUND_ENCRYPTED_PREFIX)) return text.slice(BOUND_ENCRYPTED_PREFIX.length);
  if (sealedKeyId(text) === undefined) throw new DamagedFileError('its encrypted content does not name its key');
  return text.slice(ENCRYPTED_PREFIX.length + 17);
}

/** Opens a file of any version; a version-3 file sealed with another key is KeyUnavailableError (with `foreignKey` said), never damage. */
export function decryptText(text: string, key: Buffer | undefined, record: string, foreignKey = LOCKED_MESSAGE): string {
  if (!key) throw new KeyUnavailableError();
  const keyId = sealedKeyId(text);
  if (keyId !== undefined && keyId !== keyIdOf(key)) throw new KeyUnavailableError(foreignKey);
  const legacy = text.startsWith(LEGACY_ENCRYPTED_PREFIX);
  const raw = Buffer.from(bodyOf(text), 'base64');
  if (raw.length < 28) throw new DamagedFileError('its encrypted content is cut short');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  if (!legacy) decipher.setAAD(Buffer.from(record, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw new DamagedFileError(
      legacy ? 'its encrypted content does not match its key (damaged, or another key)' : 'its encrypted content does not open as this record (damaged, moved from another record, or another key)',
    );
  }
}

export function isEncryptedText(text: string): boolean {
  return text.startsWith(ENCRYPTED_PREFIX) || text.startsWith(BOUND_ENCRYPTED_PREFIX) || text.startsWith(LEGACY_ENCRYPTED_PREFIX);
}

/** Encrypted in the current form, bound to its record and naming its key. */
export function isSealedText(text: string): boolean {
  return text.startsWith(ENCRYPTED_PREFIX);
}

/**
 * A key that lives only as long as the process: for tests and for trying the
 * option out. `locked` stands in for a keychain that refuses (locked, or the
 * key sealed on another computer).
 */
export function fixedKeyProvider(key: Buffer = randomBytes(KEY_BYTES), options: { locked?: boolean } = {}): KeyProvider & { locked: boolean; current: Buffer } {
  return {
    locked: options.locked ?? false,
    current: key,
    open() {
      return this.locked ? Promise.reject(new KeyUnavailableError()) : Promise.resolve(this.current);
    },
    adopt(adopted) {
      this.current = adopted;
      this.locked = false;
      return Promise.resolve();
    },
  };
}

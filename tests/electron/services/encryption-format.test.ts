import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BOUND_ENCRYPTED_PREFIX,
  clinicLockedMessage,
  DamagedFileError,
  decryptText,
  ENCRYPTED_PREFIX,
  encryptText,
  fixedKeyProvider,
  isEncryptedText,
  isSealedText,
  KEY_BYTES,
  keychainLocked,
  keyIdOf,
  KeyUnavailableError,
  LEGACY_ENCRYPTED_PREFIX,
  LOCKED_MESSAGE,
  sealedKeyId,
} from '../../../electron/services/encryption';

const key = Buffer.alloc(KEY_BYTES, 7);
const otherKey = Buffer.alloc(KEY_BYTES, 9);
const record = 'sessions/s-1';

/** A file sealed the way earlier versions did: version 2 bound to its record, version 1 bound to nothing. */
function olderSealed(prefix: string, plain: string, bound: string | null): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (bound !== null) cipher.setAAD(Buffer.from(bound, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${prefix}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

function failure(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected it to fail');
}

describe('a sealed record', () => {
  it('opens with its key, as the record it was sealed for', () => {
    const sealed = encryptText('{"name":"Ana"}', key, record);
    expect(sealed.startsWith(`${ENCRYPTED_PREFIX}${keyIdOf(key)}:`)).toBe(true);
    expect(sealed).not.toContain('Ana');
    expect(decryptText(sealed, key, record)).toBe('{"name":"Ana"}');
  });

  it('names its key, never the key itself, the same way each time', () => {
    const sealed = encryptText('x', key, record);
    expect(sealedKeyId(sealed)).toBe(keyIdOf(key));
    expect(keyIdOf(key)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyIdOf(Buffer.from(key))).toBe(keyIdOf(key));
    expect(keyIdOf(otherKey)).not.toBe(keyIdOf(key));
    expect(sealed).not.toContain(key.toString('base64'));
  });

  it('moved onto another record, does not open, and says why', () => {
    const error = failure(() => decryptText(encryptText('x', key, record), key, 'sessions/s-2'));
    expect(error).toBeInstanceOf(DamagedFileError);
    expect(error.message).toBe('its encrypted content does not open as this record (damaged, moved from another record, or another key)');
  });

  it('with a flipped byte, does not open', () => {
    const sealed = encryptText('some record text', key, record);
    const body = Buffer.from(sealed.slice(ENCRYPTED_PREFIX.length + 17), 'base64');
    body[body.length - 1]! ^= 1;
    const flipped = `${sealed.slice(0, ENCRYPTED_PREFIX.length + 17)}${body.toString('base64')}`;
    expect(failure(() => decryptText(flipped, key, record))).toBeInstanceOf(DamagedFileError);
  });

  it('cut short, says so', () => {
    const sealed = encryptText('x', key, record);
    const short = `${sealed.slice(0, ENCRYPTED_PREFIX.length + 17)}${Buffer.alloc(27).toString('base64')}`;
    expect(failure(() => decryptText(short, key, record)).message).toBe('its encrypted content is cut short');
    const justLongEnough = `${sealed.slice(0, ENCRYPTED_PREFIX.length + 17)}${Buffer.alloc(28).toString('base64')}`;
    expect(failure(() => decryptText(justLongEnough, key, record)).message).not.toBe('its encrypted content is cut short');
  });

  it('that does not name its key is damage', () => {
    expect(failure(() => decryptText(`${ENCRYPTED_PREFIX}not-a-key-id:AAAA`, key, record)).message).toBe('its encrypted content does not name its key');
    expect(failure(() => decryptText(`${ENCRYPTED_PREFIX}${keyIdOf(key)}AAAA`, key, record)).message).toBe('its encrypted content does not name its key');
  });
});

describe('a record sealed by this version, read by later ones', () => {
  /** Sealed with the key of seven-bytes, as sessions and clients are kept on disk and in backups. */
  const kept = 'stillpoint-aes-256-gcm-v3:90c79c15112271af:AnuAT+A5d3oWJ8Vllot9l6F212ccu9CUxNh+V/eNN4VbrTm/JfaEuOvsYnvu3ITYzlxSAFsv+QWVFcfcsX3q8EapQJ/BjNk=';

  it('still opens with its key, which it still names the same way', () => {
    expect(sealedKeyId(kept)).toBe(keyIdOf(key));
    expect(decryptText(kept, key, 'clients/c-1')).toBe('{"schemaVersion":1,"record":{"name":"Ana"}}');
  });

  it('only a sealed text names a key, whatever a plain one holds where the name would be', () => {
    const plain = `${'x'.repeat(ENCRYPTED_PREFIX.length)}${keyIdOf(key)}:{"schemaVersion":1}`;
    expect(sealedKeyId(plain)).toBeUndefined();
  });
});

describe('a sealed record this room cannot open', () => {
  it('without a key at all: locked, not damaged', () => {
    const error = failure(() => decryptText(encryptText('x', key, record), undefined, record));
    expect(error).toBeInstanceOf(KeyUnavailableError);
    expect(error.message).toBe(LOCKED_MESSAGE);
  });

  it('sealed with another room’s key: locked, with the message given for it', () => {
    const sealed = encryptText('x', otherKey, record);
    const error = failure(() => decryptText(sealed, key, record, clinicLockedMessage('Room 2')));
    expect(error).toBeInstanceOf(KeyUnavailableError);
    expect(error.message).toMatch(/^The records from Room 2 are locked: they are encrypted with the clinic's key/);
    expect(failure(() => decryptText(sealed, key, record)).message).toBe(LOCKED_MESSAGE);
  });

  it('names the room when it is known, and says another room when not', () => {
    expect(clinicLockedMessage(undefined)).toMatch(/^The records from another room are locked/);
    expect(clinicLockedMessage('Room 3')).toContain('Enter the clinic passphrase on the Data screen');
  });

  it('is refused as locked, with the plain message', () => {
    expect(keychainLocked()).toMatchObject({ code: 'locked', message: LOCKED_MESSAGE });
    expect(keychainLocked('Other words')).toMatchObject({ code: 'locked', message: 'Other words' });
  });
});

describe('records sealed by earlier versions', () => {
  it('version 2, bound to its record, still opens, and only as that record', () => {
    const sealed = olderSealed(BOUND_ENCRYPTED_PREFIX, 'v2 text', record);
    expect(decryptText(sealed, key, record)).toBe('v2 text');
    expect(failure(() => decryptText(sealed, key, 'sessions/s-2'))).toBeInstanceOf(DamagedFileError);
    expect(sealedKeyId(sealed)).toBeUndefined();
  });

  it('version 1, bound to nothing, still opens under any name; another key says so in its own words', () => {
    const sealed = olderSealed(LEGACY_ENCRYPTED_PREFIX, 'v1 text', null);
    expect(decryptText(sealed, key, record)).toBe('v1 text');
    expect(decryptText(sealed, key, 'clients/c-1')).toBe('v1 text');
    expect(failure(() => decryptText(sealed, otherKey, record)).message).toBe('its encrypted content does not match its key (damaged, or another key)');
  });

  it('are told apart from plain records, and from the current form', () => {
    const current = encryptText('x', key, record);
    const v2 = olderSealed(BOUND_ENCRYPTED_PREFIX, 'x', record);
    const v1 = olderSealed(LEGACY_ENCRYPTED_PREFIX, 'x', null);
    expect([current, v2, v1, '{"schemaVersion":1}'].map(isEncryptedText)).toEqual([true, true, true, false]);
    expect([current, v2, v1, '{"schemaVersion":1}'].map(isSealedText)).toEqual([true, false, false, false]);
  });
});

describe('a key kept only while the app runs', () => {
  it('opens its key, refuses while locked, and takes on a recovered key', async () => {
    const provider = fixedKeyProvider(key, { locked: true });
    await expect(provider.open({ create: false })).rejects.toBeInstanceOf(KeyUnavailableError);
    await provider.adopt(otherKey);
    expect(provider.locked).toBe(false);
    expect(await provider.open({ create: false })).toEqual(otherKey);
  });

  it('makes a key of its own when given none, unlocked', async () => {
    const provider = fixedKeyProvider();
    expect(provider.locked).toBe(false);
    expect(await provider.open({ create: true })).toHaveLength(KEY_BYTES);
  });
});

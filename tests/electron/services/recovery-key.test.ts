import { describe, expect, it } from 'vitest';
import { KEY_BYTES, keyIdOf } from '../../../electron/services/encryption';
import {
  MIN_PASSPHRASE_CHARS,
  passphraseProblem,
  RECOVERY_COST,
  recoveryFileSchema,
  unwrapKey,
  WrongPassphraseError,
  wrapKey,
} from '../../../electron/services/recovery-key';
import { T0 } from '../../helpers/sessions';

const key = Buffer.alloc(KEY_BYTES, 3);
/** A cheap cost for tests; the file carries its cost, so unwrapping uses the same. */
const cheap = { N: 2 ** 10, r: 8, p: 1 };
const passphrase = 'harbour lantern pebble';

describe('the clinic passphrase', () => {
  it('needs twelve characters, counted as a person counts them, ends trimmed', () => {
    expect(passphraseProblem('a'.repeat(MIN_PASSPHRASE_CHARS))).toBeNull();
    expect(passphraseProblem('🌊'.repeat(MIN_PASSPHRASE_CHARS))).toBeNull();
    expect(passphraseProblem(`  ${'a'.repeat(MIN_PASSPHRASE_CHARS - 1)}  `)).toBe(
      'A clinic passphrase needs at least 12 characters (this one has 11). A few unrelated words work well.',
    );
  });
});

describe('the clinic key wrapped with the passphrase', () => {
  it('opens again with the same passphrase, typed with spaces at the ends or in another Unicode form', async () => {
    const file = await wrapKey(key, 'Café harbour lantern', T0, cheap);
    expect(await unwrapKey(file, 'Café harbour lantern')).toEqual(key);
    expect(await unwrapKey(file, '  Cafe\u0301 harbour lantern ')).toEqual(key);
  });

  it('a wrong passphrase is told apart, in plain words, and capital letters count', async () => {
    const file = await wrapKey(key, passphrase, T0, cheap);
    await expect(unwrapKey(file, 'Harbour lantern pebble')).rejects.toThrow(
      new WrongPassphraseError('That is not the clinic passphrase for these records. Check it (capital letters count) and try again; nothing was changed.'),
    );
    await expect(unwrapKey(file, 'Harbour lantern pebble')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('a wrapped key changed in the file does not open as the key', async () => {
    const file = await wrapKey(key, passphrase, T0, cheap);
    const bytes = Buffer.from(file.wrappedKey, 'base64');
    bytes[0]! ^= 1;
    await expect(unwrapKey({ ...file, wrappedKey: bytes.toString('base64') }, passphrase)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('is a file that says how it was made, names the key without revealing it, and is valid to store', async () => {
    const file = await wrapKey(key, passphrase, T0, cheap, 'Room 1');
    expect(file).toMatchObject({ kdf: 'scrypt', N: 2 ** 10, r: 8, p: 1, createdAt: T0, keyId: keyIdOf(key), room: 'Room 1' });
    expect(recoveryFileSchema.safeParse(file).success).toBe(true);
    expect(JSON.stringify(file)).not.toContain(key.toString('base64'));
    expect(await wrapKey(key, passphrase, T0, cheap)).not.toHaveProperty('room');
  });

  it('is salted: the same key and passphrase never make the same file twice', async () => {
    const [one, two] = await Promise.all([wrapKey(key, passphrase, T0, cheap), wrapKey(key, passphrase, T0, cheap)]);
    expect(one.salt).not.toBe(two.salt);
    expect(one.wrappedKey).not.toBe(two.wrappedKey);
  });

  it('a file written by an earlier version, with the cost it states, still opens', async () => {
    const earlier = {
      kdf: 'scrypt' as const,
      ...cheap,
      salt: 'AQEBAQEBAQEBAQEBAQEBAQ==',
      iv: 'AgICAgICAgICAgIC',
      tag: 'NUaA+Ol03wlrWGny3FdZkQ==',
      wrappedKey: '1VFklC1aCi8nYRC2Jg57hXOSJoY6d8PdmW7iTIPbMg8=',
      createdAt: T0,
    };
    expect(recoveryFileSchema.safeParse(earlier).success).toBe(true);
    expect(await unwrapKey(earlier, passphrase)).toEqual(key);
  });

  it('a file whose salt, nonce, tag or wrapped key is the wrong length is not a recovery file', async () => {
    const file = await wrapKey(key, passphrase, T0, cheap);
    const short = Buffer.alloc(8).toString('base64');
    for (const field of ['salt', 'iv', 'tag', 'wrappedKey'] as const) expect(recoveryFileSchema.safeParse({ ...file, [field]: short }).success).toBe(false);
  });

  // Two scrypt runs at the real cost: over a second each on an idle machine.
  it('at the real cost, which needs more memory than scrypt allows by default', { timeout: 60_000 }, async () => {
    const file = await wrapKey(key, passphrase, T0);
    expect(file).toMatchObject(RECOVERY_COST);
    expect(await unwrapKey(file, passphrase)).toEqual(key);
  });
});

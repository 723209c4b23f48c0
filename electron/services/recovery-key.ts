import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { KEY_BYTES, keyIdOf } from './encryption';

/**
 * scrypt's cost: N = 2^17, r = 8, p = 1 (128 MiB, about half a second), the
 * OWASP minimum for scrypt. Stored with each file so it can be raised later.
 */
export const RECOVERY_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
export const MIN_PASSPHRASE_CHARS = 12;

const base64 = (bytes: number) => z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).refine((text) => Buffer.from(text, 'base64').length === bytes);

/**
 * The clinic's one data key wrapped with a key derived from the clinic
 * passphrase (the same passphrase recovers the records on a new computer);
 * plain JSON, safe to keep beside the records and synced to every room.
 */
export const recoveryFileSchema = z.strictObject({
  kdf: z.literal('scrypt'),
  N: z.number().int().min(2 ** 10).max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: base64(16),
  iv: base64(12),
  tag: base64(16),
  wrappedKey: base64(KEY_BYTES),
  createdAt: z.number().int().nonnegative(),
  /** Names the wrapped key without revealing it, so a room can tell whether the key it holds is the clinic's. Absent in files from before rooms. */
  keyId: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  /** The room that chose the passphrase, named when another room is asked for it. */
  room: z.string().max(40).optional(),
});
export type RecoveryFile = z.infer<typeof recoveryFileSchema>;

/** The wrapped key is bound to what it is, so no other Stillpoint ciphertext can stand in for it. */
const AAD = Buffer.from('stillpoint-recovery-key', 'utf8');

export class WrongPassphraseError extends Error {
  override readonly name = 'WrongPassphraseError';
}

/** Spaces at the ends and different Unicode forms of the same letters type the same passphrase. */
function normalise(passphrase: string): string {
  return passphrase.normalize('NFKC').trim();
}

export function passphraseProblem(passphrase: string): string | null {
  const chars = [...normalise(passphrase)].length;
  if (chars < MIN_PASSPHRASE_CHARS) {
    return `A clinic passphrase needs at least ${MIN_PASSPHRASE_CHARS} characters (this one has ${chars}). A few unrelated words work well.`;
  }
  return null;
}

function derive(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // Asynchronous: the derivation runs on libuv's pool, never on the loop that owns the cue timer.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(normalise(passphrase), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function wrapKey(key: Buffer, passphrase: string, now: number, cost = RECOVERY_COST, room?: string): Promise<RecoveryFile> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await derive(passphrase, salt, cost), iv);
  cipher.setAAD(AAD);
  const wrapped = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    kdf: 'scrypt',
    ...cost,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrappedKey: wrapped.toString('base64'),
    createdAt: now,
    keyId: keyIdOf(key),
    ...(room ? { room } : {}),
  };
}

/** The data key, or WrongPassphraseError (GCM's tag tells a wrong passphrase from the right one). */
export async function unwrapKey(file: RecoveryFile, passphrase: string): Promise<Buffer> {
  const wrappingKey = await derive(passphrase, Buffer.from(file.salt, 'base64'), file);
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(file.iv, 'base64'));
  decipher.setAAD(AAD);
  decipher.setAuthTag(Buffer.from(file.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(file.wrappedKey, 'base64')), decipher.final()]);
  } catch {
    throw new WrongPassphraseError('That is not the clinic passphrase for these records. Check it (capital letters count) and try again; nothing was changed.');
  }
}

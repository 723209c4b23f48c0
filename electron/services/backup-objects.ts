import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { writeFileSync as writeAtomically } from 'atomically';
import { FILE_MODE, makeFolder } from './record-names';
import type { Steps } from './slices';

export const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Record files kept by the hash of their bytes (`objects/ab/abcdef...`): a
 * file that did not change since the last backup is stored once, however
 * many backups hold it. Encrypted files stay encrypted.
 */
export class ObjectStore {
  constructor(readonly dir: string) {}

  /** Stores the bytes unless an object with the same hash is already there; answers the hash and the bytes added. */
  put(bytes: Buffer): { hash: string; added: number } {
    const hash = sha256(bytes);
    const target = this.pathOf(hash);
    if (existsSync(target)) return { hash, added: 0 };
    makeFolder(path.dirname(target));
    // No fsync per object (ten thousand of them would take minutes): the manifest that names them is
    // synced, and a copy lost to a power cut in the seconds after is caught by verification's hash check.
    writeAtomically(target, bytes, { mode: FILE_MODE, fsync: false });
    return { hash, added: bytes.length };
  }

  has(hash: string): boolean {
    return existsSync(this.pathOf(hash));
  }

  /** How many bytes the object holds; 0 when it is missing. */
  sizeOf(hash: string): number {
    try {
      return statSync(this.pathOf(hash)).size;
    } catch {
      return 0;
    }
  }

  /** The stored bytes, checked against their hash; throws when missing or damaged. */
  get(hash: string): Buffer {
    const bytes = readFileSync(this.pathOf(hash));
    if (sha256(bytes) !== hash) throw new Error('its copy in this backup is damaged: it is no longer what was stored');
    return bytes;
  }

  /** Removes every object no kept backup refers to. */
  *sweep(keep: ReadonlySet<string>): Steps<number> {
    let removed = 0;
    let shards: string[];
    try {
      shards = readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const shard of shards) {
      for (const name of readdirSync(path.join(this.dir, shard))) {
        if (keep.has(name)) continue;
        unlinkSync(path.join(this.dir, shard, name));
        removed += 1;
        yield;
      }
    }
    return removed;
  }

  private pathOf(hash: string): string {
    return path.join(this.dir, hash.slice(0, 2), hash);
  }
}

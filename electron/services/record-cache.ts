import type { Stats } from 'node:fs';
import { LRUCache } from 'lru-cache';

/**
 * How many decoded records stay in memory. A session is about 15 kB decoded: this keeps every record a day's work
 * touches (and a client with years of sessions) at about 30 MB, where ten years of sessions would take 150 MB.
 */
export const RECORD_CACHE_LIMIT = 2_000;

/** What identifies one version of a file: a rename gives a new inode, an edit a new size or mtime. */
export function statKey(stat: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
}

export interface CachedRecord {
  key: string;
  /** The decoded envelope as on disk; one at an older schema version is migrated when read. */
  envelope: { schemaVersion: number; record: unknown };
  /** sha256 of the file's bytes, so a journal can tell whether its base was replaced. */
  digest: string;
}

/**
 * Decoded record files by path, each valid only while the file's stat is the
 * one it was read (or written) with; the ones used least recently make way
 * past the limit. The folder watcher drops entries whose file changed
 * underneath, so a change that keeps size and mtime is seen too.
 */
export class RecordCache {
  private readonly entries = new LRUCache<string, CachedRecord>({ max: RECORD_CACHE_LIMIT });
  /** What this computer last held of a file replaced underneath, until the new version is read. */
  private readonly before = new LRUCache<string, CachedRecord>({ max: RECORD_CACHE_LIMIT });

  get size(): number {
    return this.entries.size;
  }

  get(filePath: string, stat: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>): CachedRecord | undefined {
    const entry = this.entries.get(filePath);
    return entry?.key === statKey(stat) ? entry : undefined;
  }

  put(filePath: string, entry: CachedRecord): void {
    this.entries.set(filePath, entry);
  }

  forget(filePath: string): void {
    this.entries.delete(filePath);
    this.before.delete(filePath);
  }

  /** The file was replaced by someone else: the version held is kept, to put back if the new one fails its check. */
  replaced(filePath: string): void {
    const entry = this.entries.get(filePath);
    this.entries.delete(filePath);
    if (entry) this.before.set(filePath, entry);
  }

  /** The version held before the file was replaced underneath, handed over once (and dropped once the new one is found good). */
  takeBefore(filePath: string): CachedRecord | undefined {
    const entry = this.before.get(filePath);
    this.before.delete(filePath);
    return entry;
  }

  clear(): void {
    this.entries.clear();
    this.before.clear();
  }
}

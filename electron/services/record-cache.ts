import type { Stats } from 'node:fs';

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
 * one it was read (or written) with. The folder watcher drops entries whose
 * file changed underneath, so a change that keeps size and mtime is seen too.
 */
export class RecordCache {
  private readonly entries = new Map<string, CachedRecord>();

  get(filePath: string, stat: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>): CachedRecord | undefined {
    const entry = this.entries.get(filePath);
    return entry?.key === statKey(stat) ? entry : undefined;
  }

  put(filePath: string, entry: CachedRecord): void {
    this.entries.set(filePath, entry);
  }

  forget(filePath: string): void {
    this.entries.delete(filePath);
  }

  clear(): void {
    this.entries.clear();
  }
}

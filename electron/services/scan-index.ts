import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileSync as writeAtomically } from 'atomically';
import { FILE_MODE, makeFolder } from './record-names';

/**
 * What the start-up check already found sound, by stat key: a cache kept
 * beside the records (never synced, never the truth), so a later start only
 * reads the files that changed. Missing, damaged or from other schema
 * versions, it is simply rebuilt from the files.
 */
export class ScanIndex {
  /** Record path to the stat key of the version found sound, under `versions` (the schema versions checked against). */
  private readonly files = new Map<string, string>();
  private changed = false;

  constructor(
    private readonly filePath: string,
    private readonly versions: string,
  ) {
    try {
      // Checked by hand, not by schema: ten thousand entries are read at every start.
      const stored = JSON.parse(readFileSync(filePath, 'utf8')) as { versions?: unknown; files?: unknown };
      if (stored.versions === versions && stored.files !== null && typeof stored.files === 'object') {
        for (const [relative, key] of Object.entries(stored.files)) if (typeof key === 'string') this.files.set(relative, key);
      }
    } catch {
      this.changed = true;
    }
  }

  isKnownSound(relative: string, key: string): boolean {
    return this.files.get(relative) === key;
  }

  markSound(relative: string, key: string): void {
    if (this.files.get(relative) === key) return;
    this.files.set(relative, key);
    this.changed = true;
  }

  /** Keeps only the files still present. */
  retain(present: ReadonlySet<string>): void {
    for (const relative of this.files.keys()) {
      if (present.has(relative)) continue;
      this.files.delete(relative);
      this.changed = true;
    }
  }

  save(): void {
    if (!this.changed) return;
    makeFolder(path.dirname(this.filePath));
    writeAtomically(this.filePath, JSON.stringify({ versions: this.versions, files: Object.fromEntries(this.files) }), { mode: FILE_MODE, fsync: false });
    this.changed = false;
  }
}

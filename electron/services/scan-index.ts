import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileSync as writeAtomically } from 'atomically';
import { z } from 'zod';
import { FILE_MODE, makeFolder } from './record-names';

const indexSchema = z.strictObject({
  /** The schema versions the files were checked against; another set means every file is checked again. */
  versions: z.string(),
  /** Record path to the stat key of the version found sound. */
  files: z.record(z.string(), z.string()),
});

/**
 * What the start-up check already found sound, by stat key: a cache kept
 * beside the records (never synced, never the truth), so a later start only
 * reads the files that changed. Missing, damaged or from other schema
 * versions, it is simply rebuilt from the files.
 */
export class ScanIndex {
  private readonly files = new Map<string, string>();
  private changed = false;

  constructor(
    private readonly filePath: string,
    private readonly versions: string,
  ) {
    try {
      const stored = indexSchema.parse(JSON.parse(readFileSync(filePath, 'utf8')));
      if (stored.versions === versions) for (const [relative, key] of Object.entries(stored.files)) this.files.set(relative, key);
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

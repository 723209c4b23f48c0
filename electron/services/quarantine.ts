import { constants, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { FILE_MODE, FOLDER_MODE, isLink, tighten } from './record-names';

export const damagedRecordSchema = z.strictObject({
  id: z.string().max(300),
  /** The record as the app names it: "sessions/s-1". */
  record: z.string().max(300),
  reason: z.string().max(1000),
  at: z.number().int().nonnegative(),
  /** The file's name inside the quarantine folder. */
  file: z.string().max(300),
  state: z.enum(['new', 'dismissed', 'restored']),
});
export type DamagedRecord = z.infer<typeof damagedRecordSchema>;

const ABOUT = '.about.json';

function stamp(at: number): string {
  return new Date(at).toISOString().replace(/[:.]/g, '-');
}

/**
 * Damaged record files are moved here, never deleted: the folder beside the
 * data folder keeps the file as it was found, with a note saying why.
 */
export class Quarantine {
  constructor(
    readonly dir: string,
    private readonly now: () => number,
    private readonly onDamaged: (entry: DamagedRecord) => void,
  ) {}

  setAside(filePath: string, record: string, reason: string): DamagedRecord {
    // Made each time, not remembered: the folder may have been removed while the app runs.
    mkdirSync(this.dir, { recursive: true, mode: FOLDER_MODE });
    tighten(this.dir, FOLDER_MODE);
    const at = this.now();
    // The id doubles as a file name and travels through the contract: plain characters only.
    const base = `${stamp(at)}__${record.replace(/\//g, '__').replace(/[^A-Za-z0-9_.-]/g, '_')}`;
    let id = base;
    for (let n = 2; this.has(id); n += 1) id = `${base}-${n}`;
    const file = `${id}.json`;
    const target = path.join(this.dir, file);
    try {
      // A link is not moved: what it points to is outside the data folder, and a later rewrite here must not reach it.
      if (isLink(filePath)) {
        writeFileSync(target, 'A link stood here in place of the file; Stillpoint does not follow links in its data folder.', { mode: FILE_MODE });
        unlinkSync(filePath);
      } else renameSync(filePath, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(filePath, target, constants.COPYFILE_EXCL);
      unlinkSync(filePath);
    }
    // A file a sync engine brought may be readable by anyone; set aside, it is this user's alone, as every record.
    tighten(target, FILE_MODE);
    const entry: DamagedRecord = { id, record, reason, at, file, state: 'new' };
    this.save(entry);
    this.onDamaged(entry);
    return entry;
  }

  list(): DamagedRecord[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((name) => name.endsWith(ABOUT));
    } catch {
      return [];
    }
    const entries: DamagedRecord[] = [];
    for (const name of names) {
      try {
        const parsed = damagedRecordSchema.safeParse(JSON.parse(readFileSync(path.join(this.dir, name), 'utf8')));
        if (parsed.success) entries.push(parsed.data);
      } catch {
        // A note we cannot read still leaves its file in the folder for a person to look at.
      }
    }
    return entries.sort((a, b) => b.at - a.at || a.id.localeCompare(b.id));
  }

  get(id: string): DamagedRecord | undefined {
    return this.list().find((entry) => entry.id === id);
  }

  /** The set-aside file's text, to tell a good backup copy from one taken after the damage. */
  contentOf(entry: DamagedRecord): string | undefined {
    try {
      return readFileSync(path.join(this.dir, entry.file), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Replaces a set-aside file's content (encryption sealing it): written beside, then renamed over. */
  rewriteContent(entry: DamagedRecord, text: string): void {
    const target = path.join(this.dir, entry.file);
    writeFileSync(`${target}.tmp`, text, { mode: FILE_MODE });
    renameSync(`${target}.tmp`, target);
  }

  mark(id: string, state: DamagedRecord['state']): DamagedRecord | undefined {
    const entry = this.get(id);
    if (!entry) return undefined;
    const updated = { ...entry, state };
    this.save(updated);
    return updated;
  }

  private has(id: string): boolean {
    try {
      return readdirSync(this.dir).some((name) => name === `${id}.json`);
    } catch {
      return false;
    }
  }

  private save(entry: DamagedRecord): void {
    writeFileSync(path.join(this.dir, `${entry.id}${ABOUT}`), JSON.stringify(entry, null, '\t'), { mode: FILE_MODE });
  }
}

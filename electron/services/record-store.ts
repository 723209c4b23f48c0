import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, rmSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { writeFileSync as writeAtomically } from 'atomically';
import { z } from 'zod';
import { ContractError } from '../../shared/contract/errors';
import { placedMessage, recordIssueMessage } from '../../shared/contract/plain-issues';
import { DamagedFileError, keychainLocked, KeyUnavailableError } from './encryption';
import { passesChanged } from './change-check';
import { isDiskError, type DiskWriter } from './disk-writer';
import { currentVersion, migrate, MigrationGap, type MigrationRegistry } from './migrations';
import type { Quarantine } from './quarantine';
import type { RecordCodec } from './record-codec';
import { statKey, type RecordCache } from './record-cache';
import type { JournalBase, RecordJournals } from './record-journals';
import { FILE_MODE, isLink, linkedFolderIn, makeFolder } from './record-names';
import { syncFolder } from './sync-folder';
import { describeRecord } from './record-kinds';
import { readTroubleInWords } from './disk-trouble';

export { SCHEMA_VERSION } from './migrations';

/** Why a link found in a record's place is set aside. */
const LINK_REASON = 'it is a link to a file elsewhere, which Stillpoint does not follow';

/** No record comes near this; a bigger file is damage (or not ours) and would stall the app. */
export const MAX_RECORD_BYTES = 8 * 1024 * 1024;

/** What every record file holds. */
export const envelopeSchema = z.strictObject({
  schemaVersion: z.number().int().min(1),
  record: z.unknown(),
});

/** What the records of one data folder share: how files are encoded, checked, set aside and retried. */
export interface RecordContext {
  dataDir: string;
  codec: RecordCodec;
  migrations: MigrationRegistry;
  disk: DiskWriter;
  quarantine: Quarantine;
  /** Called before a stored record is migrated, so a backup is taken first. */
  beforeMigration(): void;
  /** Seam for tests: throws an errno-style error to stand in for a full or read-only disk. */
  writeGuard?: (filePath: string) => void;
  /** Decoded files by path and stat: a command reads its record from disk at most once. */
  cache: RecordCache;
  journals: RecordJournals;
  /** Tells the folder watcher which version of a file is our own, so it is not reported back. */
  ownWrite(filePath: string, stat: Stats | null): void;
}

type Envelope = z.infer<typeof envelopeSchema>;

export interface RecordFileOptions {
  /** Always written as plain JSON, even with encryption on (the encryption setting itself). */
  plain?: boolean;
}

/** The first problem in plain words, placed as a person sees it ("Phase 2, Warm-up: …"), never as a field path. */
function firstIssue(error: z.ZodError, record: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'it cannot be read';
  return placedMessage(record, issue.path, issue.message);
}

/** "sessions/s-1" for <data>/sessions/s-1.json: how the app names a record to the therapist. */
export function recordNameOf(dataDir: string, filePath: string): string {
  return path.relative(dataDir, filePath).split(path.sep).join('/').replace(/\.json$/, '');
}

/**
 * One record per file, so a write costs the same however many records exist.
 * Writes go through `atomically`: a temp file in the same folder, fsync, then
 * rename over the old file (and a sync of the folder), so a crash leaves the
 * old file or the new one, never half of either. Reads go through the shared
 * cache, keyed by the file's stat. A record with an open journal (the running
 * session) is changed by appending to the journal instead. A file that cannot
 * be read as a valid record is moved to quarantine (never wiped).
 */
export class RecordFile<T> {
  /** Set once the file on disk is known to be absent or valid, so overwriting it loses nothing. */
  private checked = false;
  /** Set when the last read put back the version this computer held in place of a bad one from elsewhere. */
  private putBack = false;

  constructor(
    readonly folder: string,
    readonly name: string,
    private readonly schema: z.ZodType<T>,
    private readonly context: RecordContext,
    private readonly options: RecordFileOptions = {},
  ) {}

  get filePath(): string {
    return path.join(this.folder, `${this.name}.json`);
  }

  get recordName(): string {
    return recordNameOf(this.context.dataDir, this.filePath);
  }

  private get migrationFolder(): string {
    return this.recordName.includes('/') ? this.recordName.slice(0, this.recordName.lastIndexOf('/')) : '.';
  }

  exists(): boolean {
    return this.read() !== undefined;
  }

  /** The record, or undefined when there is none (or it was damaged and has just been set aside). */
  read(): T | undefined {
    const held = this.context.disk.pendingValue(this.filePath);
    if (held) return held.value as T;
    if (this.context.journals.has(this.filePath)) return this.journalled();
    return this.loadValid();
  }

  /** A live journal's record was checked when it was written; one replayed after a crash is checked once. */
  private journalled(): T | undefined {
    const live = this.context.journals.record(this.filePath)!;
    if (live.checked) return live.record as T;
    const record = this.valid(live.record);
    // The lines that made it invalid go to quarantine beside the file, so the next read finds no record, not a half-moved one.
    if (record === undefined) this.context.journals.setAside(this.filePath, 'its changes make the record invalid; the record file was set aside too');
    else this.context.journals.markChecked(this.filePath);
    return record;
  }

  private loadValid(): T | undefined {
    this.checked = true;
    this.putBack = false;
    const envelope = this.load();
    const record = envelope ? this.valid(envelope.record) : undefined;
    // A bad version from elsewhere was set aside and the one this computer had put back: that one is the record.
    if (record === undefined) return this.putBack ? this.loadValid() : undefined;
    this.context.cache.takeBefore(this.filePath);
    return record;
  }

  private valid(record: unknown): T | undefined {
    const parsed = this.schema.safeParse(record, { error: recordIssueMessage });
    if (!parsed.success) {
      this.setAside(`it does not hold a valid record (${firstIssue(parsed.error, record)})`);
      return undefined;
    }
    return parsed.data;
  }

  /** The file's digest and record as on disk (no journal applied), or undefined when there is none. */
  stored(): { digest: string; record: unknown } | undefined {
    this.load();
    const entry = this.cached();
    return entry ? { digest: entry.digest, record: entry.envelope.record } : undefined;
  }

  /** Refuses to persist anything its schema rejects. On disk trouble the value is held and retried. */
  write(record: T): void {
    const journals = this.context.journals;
    if (journals.has(this.filePath) && !this.context.disk.pendingValue(this.filePath)) {
      const live = journals.record(this.filePath)!;
      // Only what changed since the last checked version is checked again.
      if (!(live.checked ? passesChanged(this.schema, live.record, record) : this.schema.safeParse(record).success)) throw this.refused();
      try {
        this.context.writeGuard?.(this.filePath);
        // The record as given, not the parsed copy (the same JSON: record schemas add no defaults), so
        // the journal sees which parts are the very objects it holds and diffs only what changed.
        journals.append(this.filePath, record);
        return;
      } catch (error) {
        if (!isDiskError(error)) throw error;
        // The journal file keeps what it has; the whole record is held and retried like any other write.
        journals.detach(this.filePath);
      }
    }
    const parsed = this.schema.safeParse(record);
    if (!parsed.success) throw this.refused();
    const envelope = { schemaVersion: currentVersion(this.context.migrations, this.migrationFolder), record: parsed.data };
    this.context.disk.write(this.filePath, this.recordName, parsed.data, () => this.persist(envelope));
  }

  /** From now on changes go to a journal, until `finishJournal` writes them into the file. */
  startJournal(): void {
    if (this.context.journals.has(this.filePath)) return;
    const stored = this.stored();
    if (!stored || this.context.disk.pendingValue(this.filePath)) return;
    try {
      this.context.journals.open(this.filePath, stored.record, stored.digest);
    } catch (error) {
      // Without a journal every change rewrites the file: slower, equally safe.
      if (!isDiskError(error)) throw error;
    }
  }

  /** Writes the journalled record into its file, then drops the journal. */
  finishJournal(): void {
    const journals = this.context.journals;
    if (!journals.has(this.filePath)) return;
    const record = journals.record(this.filePath)!.record as T;
    journals.detach(this.filePath);
    this.write(record);
    if (!this.context.disk.pendingValue(this.filePath)) journals.finish(this.filePath);
  }

  /**
   * Replaces the file with a stored envelope as it is (restore and import), on
   * purpose and loudly: disk trouble throws instead of being retried.
   */
  replaceWith(envelope: Envelope): void {
    this.checked = true;
    this.context.writeGuard?.(this.filePath);
    this.save(envelope);
  }

  private persist(envelope: Envelope): void {
    this.context.writeGuard?.(this.filePath);
    // A damaged old file is set aside by this read before it can be overwritten.
    if (!this.checked) this.loadValid();
    this.save(envelope);
  }

  private save(envelope: Envelope): void {
    const codec = this.context.codec;
    const text = this.options.plain ? codec.serializePlain(envelope) : codec.serializerFor(this.recordName)(envelope);
    this.refuseLinkedFolder('saved');
    makeFolder(this.folder);
    // A link standing in the file's place is set aside, as a read would; the write must never land where it points.
    if (isLink(this.filePath)) this.setAside(LINK_REASON);
    writeAtomically(this.filePath, text, { mode: FILE_MODE, fsync: true });
    syncFolder(this.folder);
    this.context.cache.takeBefore(this.filePath);
    const stat = statSync(this.filePath);
    this.context.cache.put(this.filePath, { key: statKey(stat), envelope: structuredClone(envelope), digest: digestOf(text) });
    this.context.ownWrite(this.filePath, stat);
  }

  private cached() {
    try {
      return this.context.cache.get(this.filePath, lstatSync(this.filePath));
    } catch {
      return undefined;
    }
  }

  private load(): Envelope | undefined {
    const stored = this.readStored();
    if (!stored) return undefined;
    if (stored.envelope.schemaVersion < this.currentVersion) return this.migrateStored(stored.envelope);
    return stored.envelope;
  }

  private get currentVersion(): number {
    return currentVersion(this.context.migrations, this.migrationFolder);
  }

  /**
   * The file as written, not migrated: what a journal left by a crash builds on.
   * A file from an older version takes the journal's changes at its own version
   * (`foldOlder`), so its migration, and the backup before it, hold them too.
   */
  written(): JournalBase | undefined {
    const stored = this.readStored();
    if (!stored) return undefined;
    const { schemaVersion, record } = stored.envelope;
    if (schemaVersion === this.currentVersion) return { digest: stored.digest, record };
    return { digest: stored.digest, record, foldOlder: (replayed) => this.replaceWith({ schemaVersion, record: replayed }) };
  }

  /** The envelope as on disk (at its own version) and the digest of its bytes; a damaged or newer file is set aside. */
  private readStored(): { envelope: Envelope; digest: string } | undefined {
    this.refuseLinkedFolder('read');
    let stat: Stats;
    try {
      // The entry itself, not what it may point to: a link planted in the folder (a sync engine carries them) is never followed.
      stat = lstatSync(this.filePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw this.unreadable(error);
    }
    if (stat.isSymbolicLink()) {
      this.setAside(LINK_REASON);
      return undefined;
    }
    const hit = this.context.cache.get(this.filePath, stat);
    if (hit) return hit;
    if (stat.size > MAX_RECORD_BYTES) {
      this.setAside(`it is ${stat.size} bytes, far larger than any record`);
      return undefined;
    }
    let text: string;
    let data: unknown;
    try {
      text = readFileSync(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw this.unreadable(error);
    }
    try {
      data = this.context.codec.decode(text, this.recordName);
    } catch (error) {
      if (error instanceof KeyUnavailableError) throw this.unreadable(error);
      this.setAside(error instanceof DamagedFileError ? error.message : `it could not be read (${(error as Error).message})`);
      return undefined;
    }
    const envelope = envelopeSchema.safeParse(data);
    if (!envelope.success || !Object.hasOwn(data as object, 'record')) {
      this.setAside('it is not a Stillpoint record (the schema version or the record is missing)');
      return undefined;
    }
    const stored = envelope.data.schemaVersion;
    const current = this.currentVersion;
    if (stored > current) {
      this.setAside(`it was written by a newer Stillpoint (schema ${stored}; this version reads up to ${current})`);
      return undefined;
    }
    const read = { envelope: envelope.data, digest: digestOf(text) };
    if (stored === current) this.context.cache.put(this.filePath, { key: statKey(stat), ...read });
    return read;
  }

  /** Runs once: the migrated record is written back at the current version, after a backup. */
  private migrateStored(envelope: Envelope): Envelope | undefined {
    this.context.beforeMigration();
    let record: unknown;
    try {
      record = migrate(this.context.migrations, this.migrationFolder, envelope.schemaVersion, envelope.record);
    } catch (error) {
      this.setAside(error instanceof MigrationGap ? error.message : `its migration failed (${(error as Error).message})`);
      return undefined;
    }
    const parsed = this.schema.safeParse(record, { error: recordIssueMessage });
    if (!parsed.success) {
      this.setAside(`after migration it is still not a valid record (${firstIssue(parsed.error, record)})`);
      return undefined;
    }
    // The old file was just read and found sound: the write-back must not read (and migrate) it again.
    this.checked = true;
    this.write(parsed.data);
    return { schemaVersion: currentVersion(this.context.migrations, this.migrationFolder), record: parsed.data };
  }

  /**
   * Moves the file to quarantine. When it had just replaced, from outside, a
   * version this computer held and that still passes the schema, that version
   * goes back in its place, so a sync engine carries the good one on.
   */
  private setAside(reason: string): void {
    const before = this.context.cache.takeBefore(this.filePath);
    const good = before && this.schema.safeParse(before.envelope.record).success ? before.envelope : undefined;
    this.context.cache.forget(this.filePath);
    this.context.quarantine.setAside(this.filePath, this.recordName, good ? `${reason}; the version this computer last had is back in its place` : reason);
    this.context.ownWrite(this.filePath, null);
    if (!good) return;
    this.save(good);
    this.putBack = true;
  }

  private refused(): ContractError {
    return new ContractError({ code: 'internal', message: `Refused to write an invalid record to ${this.recordName}.` });
  }

  /** A folder of the data folder that is a link leads outside it: nothing is read or written through it. */
  private refuseLinkedFolder(doing: 'read' | 'saved'): void {
    const linked = linkedFolderIn(this.context.dataDir, this.folder);
    if (!linked) return;
    throw new ContractError({
      code: 'storage',
      message:
        `${describeRecord(this.recordName)} could not be ${doing}: a link stands where the folder “${linked}” of the data folder should be, ` +
        'and Stillpoint does not follow links there. Put the folder itself in its place, then try again.',
    });
  }

  private unreadable(error: unknown): ContractError {
    if (error instanceof KeyUnavailableError) return keychainLocked(error.message);
    const file = `${this.recordName}.json in the data folder`;
    return new ContractError({ code: 'storage', message: `${describeRecord(this.recordName)} (${file}) could not be read from the disk: ${readTroubleInWords(error)}` });
  }

  /** Deletes the record's file; callers keep a copy first when it must stay recoverable. */
  remove(): void {
    rmSync(this.filePath, { force: true });
    this.context.cache.forget(this.filePath);
    this.context.ownWrite(this.filePath, null);
  }
}

function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

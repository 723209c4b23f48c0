import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Store from 'conf';
import { z } from 'zod';
import { ContractError } from '../../../shared/contract/errors';
import { DamagedFileError, KeyUnavailableError } from '../../../electron/services/encryption';
import { isDiskError, type DiskWriter } from '../../../electron/services/disk-writer';
import { currentVersion, migrate, MigrationGap, type MigrationRegistry } from '../../../electron/services/migrations';
import type { Quarantine } from '../../../electron/services/quarantine';
import type { RecordCodec } from '../../../electron/services/record-codec';
import { syncFolder } from '../../../electron/services/sync-folder';

/**
 * The record store as it was before issue 14 (one electron-store per record
 * file, a new one on every `record()` call), kept verbatim so the bench can
 * measure today's store against it in the same run. Not used by the app.
 */

const MAX_RECORD_BYTES = 8 * 1024 * 1024;

const envelopeSchema = z.strictObject({
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
}

export interface RecordFileOptions {
  /** Always written as plain JSON, even with encryption on (the encryption setting itself). */
  plain?: boolean;
}


function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/** "sessions/s-1" for <data>/sessions/s-1.json: how the app names a record to the therapist. */
function recordNameOf(dataDir: string, filePath: string): string {
  return path.relative(dataDir, filePath).split(path.sep).join('/').replace(/\.json$/, '');
}

/**
 * One record per electron-store file, so a write costs the same however many
 * records exist. electron-store writes through `atomically`: a temp file in the
 * same folder, fsync, then rename over the old file, so a crash leaves the old
 * file or the new one, never half of either. A file that cannot be read as a
 * valid record is moved to quarantine (never wiped) and the app carries on.
 */
export class OldRecordFile<T> {
  private opened: Store<Record<string, unknown>> | null = null;
  /** Set once the file on disk is known to be absent or valid, so overwriting it loses nothing. */
  private checked = false;

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
    return this.loadValid();
  }

  private loadValid(): T | undefined {
    this.checked = true;
    const envelope = this.load();
    if (!envelope) return undefined;
    const parsed = this.schema.safeParse(envelope.record);
    if (!parsed.success) {
      this.setAside(`it does not hold a valid record (${firstIssue(parsed.error)})`);
      return undefined;
    }
    return parsed.data;
  }

  /** Refuses to persist anything its schema rejects. On disk trouble the value is held and retried. */
  write(record: T): void {
    const parsed = this.schema.safeParse(record);
    if (!parsed.success) {
      throw new ContractError({ code: 'internal', message: `Refused to write an invalid record to ${this.recordName}.` });
    }
    const envelope = { schemaVersion: currentVersion(this.context.migrations, this.migrationFolder), record: parsed.data };
    this.context.disk.write(this.filePath, this.recordName, parsed.data, () => this.persist(envelope));
  }

  /**
   * Replaces the file with a stored envelope as it is (restore and import), on
   * purpose and loudly: disk trouble throws instead of being retried.
   */
  replaceWith(envelope: z.infer<typeof envelopeSchema>): void {
    this.checked = true;
    this.context.writeGuard?.(this.filePath);
    this.store().store = envelope;
    syncFolder(this.folder);
  }

  private persist(envelope: z.infer<typeof envelopeSchema>): void {
    this.context.writeGuard?.(this.filePath);
    if (!this.checked) this.loadValid();
    let store: Store<Record<string, unknown>>;
    try {
      store = this.store();
    } catch (error) {
      // Opening reads the old file; a damaged one is set aside before it can be overwritten.
      if (!(error instanceof DamagedFileError) || error instanceof KeyUnavailableError) throw error;
      this.setAside(error.message);
      store = this.store();
    }
    store.store = envelope;
    syncFolder(this.folder);
  }

  private load(): z.infer<typeof envelopeSchema> | undefined {
    let size: number;
    try {
      size = statSync(this.filePath).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw this.unreadable(error);
    }
    if (size > MAX_RECORD_BYTES) {
      this.setAside(`it is ${size} bytes, far larger than any record`);
      return undefined;
    }
    let data: unknown;
    try {
      data = this.store().store;
    } catch (error) {
      if (isDiskError(error) || error instanceof KeyUnavailableError) throw this.unreadable(error);
      this.setAside(error instanceof DamagedFileError ? error.message : `it could not be read (${(error as Error).message})`);
      return undefined;
    }
    const envelope = envelopeSchema.safeParse(data);
    if (!envelope.success || !Object.hasOwn(data as object, 'record')) {
      this.setAside('it is not a Stillpoint record (the schema version or the record is missing)');
      return undefined;
    }
    const stored = envelope.data.schemaVersion;
    const current = currentVersion(this.context.migrations, this.migrationFolder);
    if (stored > current) {
      this.setAside(`it was written by a newer Stillpoint (schema ${stored}; this version reads up to ${current})`);
      return undefined;
    }
    if (stored < current) return this.migrateStored(envelope.data);
    return envelope.data;
  }

  /** Runs once: the migrated record is written back at the current version, after a backup. */
  private migrateStored(envelope: z.infer<typeof envelopeSchema>): z.infer<typeof envelopeSchema> | undefined {
    this.context.beforeMigration();
    let record: unknown;
    try {
      record = migrate(this.context.migrations, this.migrationFolder, envelope.schemaVersion, envelope.record);
    } catch (error) {
      this.setAside(error instanceof MigrationGap ? error.message : `its migration failed (${(error as Error).message})`);
      return undefined;
    }
    const parsed = this.schema.safeParse(record);
    if (!parsed.success) {
      this.setAside(`after migration it is still not a valid record (${firstIssue(parsed.error)})`);
      return undefined;
    }
    this.write(parsed.data);
    return { schemaVersion: currentVersion(this.context.migrations, this.migrationFolder), record: parsed.data };
  }

  private store(): Store<Record<string, unknown>> {
    if (this.opened) return this.opened;
    const codec = this.context.codec;
    this.opened = new Store<Record<string, unknown>>({
      cwd: this.folder,
      configName: this.name,
      clearInvalidConfig: false,
      watch: false,
      serialize: this.options.plain ? codec.serializePlain : codec.serializerFor(this.recordName),
      deserialize: codec.deserializerFor(this.recordName) as (text: string) => Record<string, unknown>,
    });
    return this.opened;
  }

  private setAside(reason: string): void {
    this.context.quarantine.setAside(this.filePath, this.recordName, reason);
  }

  private unreadable(error: unknown): ContractError {
    return new ContractError({
      code: 'storage',
      message: `${this.recordName} could not be read from disk: ${(error as Error).message}`,
    });
  }

  /** The old store had no journal: every change rewrote the whole file. */
  startJournal(): void {}

  finishJournal(): void {}

  /** Deletes the record's file; callers keep a copy first when it must stay recoverable. */
  remove(): void {
    rmSync(this.filePath, { force: true });
  }
}

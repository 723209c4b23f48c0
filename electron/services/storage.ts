import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContractError } from '../../shared/contract/errors';
import { systemClock, type Clock } from './clock';
import { DiskWriter, type DiskStatus } from './disk-writer';
import type { KeyProvider } from './encryption';
import { currentVersion, migrations as productionMigrations, type MigrationRegistry } from './migrations';
import { Quarantine, type DamagedRecord } from './quarantine';
import { RecordCodec } from './record-codec';
import { envelopeSchema, MAX_RECORD_BYTES, RecordFile, recordNameOf, type RecordContext } from './record-store';

/**
 * The data folder as the services see it: one file per record, grouped in
 * sub-folders (sessions/, clients/, ...). Services ask it for records instead
 * of opening files themselves, so durability rules live in one place.
 */
export interface Storage {
  readonly dataDir: string;
  record<T>(folder: string, name: string, schema: z.ZodType<T>): RecordFile<T>;
  /** Names of the records in a folder (without the .json extension), sorted. */
  list(folder: string): string[];
}

/** What the data-safety services need beyond the plain Storage every feature uses. */
export interface SafeStorage extends Storage {
  readonly context: RecordContext;
  readonly quarantine: Quarantine;
  readonly disk: DiskWriter;
  /** A record that is always plain JSON, readable before the encryption key is needed. */
  plainRecord<T>(folder: string, name: string, schema: z.ZodType<T>): RecordFile<T>;
  /** Every record file under the data folder, as absolute paths, sorted. */
  allFiles(): string[];
  /** Checks every file's envelope at start; damaged ones go to quarantine. Returns what was set aside. */
  scan(): DamagedRecord[];
}

export interface StorageOptions {
  clock?: Clock;
  quarantineDir?: string;
  keys?: KeyProvider;
  migrations?: MigrationRegistry;
  onDamaged?: (entry: DamagedRecord) => void;
  onDiskStatus?: (status: DiskStatus) => void;
  beforeMigration?: () => void;
  writeGuard?: (filePath: string) => void;
}

/** Quarantine and backups live beside the data folder, outside the record tree. */
export function defaultQuarantineDir(dataDir: string): string {
  return path.join(path.dirname(dataDir), 'quarantine');
}

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    // Only finished record files: atomically's temp files end in ".tmp-<n>" and are skipped.
    return entry.isFile() && entry.name.endsWith('.json') ? [full] : [];
  });
}

const anySchema = z.unknown();

export function createStorage(dataDir: string, options: StorageOptions = {}): SafeStorage {
  const clock = options.clock ?? systemClock;
  const quarantine = new Quarantine(options.quarantineDir ?? defaultQuarantineDir(dataDir), () => clock.now(), (entry) =>
    options.onDamaged?.(entry),
  );
  const disk = new DiskWriter(clock, (status) => options.onDiskStatus?.(status));
  const context: RecordContext = {
    dataDir,
    codec: new RecordCodec(options.keys),
    migrations: options.migrations ?? productionMigrations,
    disk,
    quarantine,
    beforeMigration: () => options.beforeMigration?.(),
    writeGuard: options.writeGuard,
  };
  /** A quick check for the start-up scan; anything doubtful gets the full read, which sets it aside. */
  const looksSound = (filePath: string): boolean => {
    try {
      if (statSync(filePath).size > MAX_RECORD_BYTES) return false;
      const envelope = envelopeSchema.safeParse(context.codec.decode(readFileSync(filePath, 'utf8'), recordNameOf(dataDir, filePath)));
      if (!envelope.success) return false;
      const folder = path.dirname(path.relative(dataDir, filePath)).split(path.sep).join('/');
      return envelope.data.schemaVersion === currentVersion(context.migrations, folder);
    } catch {
      return false;
    }
  };
  const fileOf = (filePath: string) =>
    new RecordFile(path.dirname(filePath), path.basename(filePath, '.json'), anySchema, context);

  return {
    dataDir,
    context,
    quarantine,
    disk,
    record: (folder, name, schema) => new RecordFile(path.join(dataDir, folder), name, schema, context),
    plainRecord: (folder, name, schema) => new RecordFile(path.join(dataDir, folder), name, schema, context, { plain: true }),
    list(folder) {
      try {
        return readdirSync(path.join(dataDir, folder))
          .filter((file) => file.endsWith('.json'))
          .map((file) => file.slice(0, -'.json'.length))
          .sort();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
    allFiles: () => walk(dataDir).sort(),
    scan() {
      const before = new Set(quarantine.list().map((entry) => entry.id));
      for (const filePath of walk(dataDir)) {
        try {
          if (!looksSound(filePath)) fileOf(filePath).read();
        } catch (error) {
          // Unreadable for now (disk trouble, no key): left in place, and reported when a service reads it.
          if (!(error instanceof ContractError)) throw error;
        }
      }
      return quarantine.list().filter((entry) => !before.has(entry.id));
    },
  };
}

export { recordNameOf };

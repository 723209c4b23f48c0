import { opendirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContractError } from '../../shared/contract/errors';
import { systemClock, type Clock } from './clock';
import { DiskWriter, type DiskStatus } from './disk-writer';
import { isEncryptedText, isSealedText, type KeyProvider } from './encryption';
import { FolderWatch, type RecordChange } from './folder-watch';
import type { JournalCodec } from './journal';
import type { JournalOp } from './journal-ops';
import { currentVersion, migrations as productionMigrations, type MigrationRegistry } from './migrations';
import { Quarantine, type DamagedRecord } from './quarantine';
import { RecordCache, statKey } from './record-cache';
import { ScanIndex } from './scan-index';
import { summarySteps, type Summaries } from './summary-index';
import { runNow, type Steps } from './slices';
import { RecordCodec } from './record-codec';
import { RecordJournals } from './record-journals';
import { conflictCopyOf, isRecordFileName } from './record-names';
import { envelopeSchema, MAX_RECORD_BYTES, RecordFile, recordNameOf, type RecordContext } from './record-store';

/**
 * The data folder as the services see it: one file per record, grouped in
 * sub-folders (sessions/, clients/, ...). Services ask it for records instead
 * of opening files themselves, so durability rules live in one place.
 */
export interface Storage {
  readonly dataDir: string;
  record<T>(folder: string, name: string, schema: z.ZodType<T>): RecordFile<T>;
  /** Names of the records in a folder (without the .json extension), sorted; never a sync engine's conflict copy. */
  list(folder: string): string[];
  /** Conflict copies a sync engine left in a folder, each with the record it is a second version of. */
  conflictCopies(folder: string): ConflictCopyFile[];
  /** True when the folder holds at least one record; reads no further than the first. */
  hasAny(folder: string): boolean;
  /**
   * A summary of every readable record in a folder, from a cache keyed by each
   * file's stat: only records changed since the last call are read.
   */
  summaries<S>(folder: string, summarize: (name: string) => S | undefined): Summaries<S>;
  /** The same, as steps (one record each) to run in slices, for a folder of thousands. */
  /** `fits`: whether a cached summary still has what is asked of it now (else its record is read again). */
  summarySteps<S>(folder: string, summarize: (name: string) => S | undefined, fits?: (summary: unknown) => boolean): Steps<Summaries<S>>;
  /** Tells the listener about record files changed by someone else (a sync engine, a person); needs `watch()`. */
  onRecordChange(listener: (change: RecordChange) => void): () => void;
}

export interface ConflictCopyFile {
  /** The copy's file name without .json, usable as a record name in the same folder. */
  name: string;
  /** The record it is a second version of, without .json. */
  record: string;
  /** The device or computer the engine named. */
  from: string;
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
  /**
   * Checks every file's envelope, in steps (one file each) to run in slices
   * after start; damaged ones go to quarantine. Files unchanged since they were
   * last found sound cost one stat. Returns what was set aside.
   */
  scan(): Steps<DamagedRecord[]>;
  /** Starts watching the folder for changes made by others. */
  watch(): void;
  /** Writes every live journal into its record file, so the files alone hold everything (backups, re-encryption). */
  foldJournals(): void;
  /** The files were replaced wholesale (restore, import): caches and live journals are dropped. */
  forgetAll(): void;
  /** With encryption on, a summaries cache still plain from before (it holds names) is removed, to be rebuilt sealed. */
  dropPlainSummaries(): void;
  close(): void;
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
  /** Where live journals go; `<data>/journal` by default. */
  journalDir?: string;
  /** Where caches rebuilt from the files go; `<data>/.cache` by default. */
  cacheDir?: string;
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
    // Hidden folders hold per-room caches, never records.
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : walk(full);
    // Only finished record files: temp files and a sync engine's conflict copies are skipped.
    return entry.isFile() && isRecordFileName(entry.name) ? [full] : [];
  });
}

const anySchema = z.unknown();
const SUMMARIES_SUFFIX = '-summaries.json';

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export function createStorage(dataDir: string, options: StorageOptions = {}): SafeStorage {
  const clock = options.clock ?? systemClock;
  const quarantine = new Quarantine(options.quarantineDir ?? defaultQuarantineDir(dataDir), () => clock.now(), (entry) =>
    options.onDamaged?.(entry),
  );
  const disk = new DiskWriter(clock, (status) => options.onDiskStatus?.(status));
  const codec = new RecordCodec(options.keys);
  const journalDir = options.journalDir ?? path.join(dataDir, 'journal');
  const cacheDir = options.cacheDir ?? path.join(dataDir, '.cache');
  const cache = new RecordCache();
  const listeners = new Set<(change: RecordChange) => void>();
  let watcher: FolderWatch | null = null;
  const context: RecordContext = {
    dataDir,
    codec,
    migrations: options.migrations ?? productionMigrations,
    disk,
    quarantine,
    beforeMigration: () => options.beforeMigration?.(),
    writeGuard: options.writeGuard,
    cache,
    journals: new RecordJournals(dataDir, journalDir, (record) => journalCodec(codec, record), (filePath) => fileOf(filePath).written(), quarantine),
    ownWrite: (filePath, stat) => watcher?.noteOwn(filePath, stat),
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
  /**
   * A running session's file replaced or removed underneath (a sync engine, a copy from elsewhere):
   * its journal no longer builds on the file, and would be dropped as stale after a crash. What the
   * room acknowledged is written into the file and the journal starts again over it.
   */
  const keepAcknowledged = (filePath: string) => {
    const file = fileOf(filePath);
    try {
      // Read first: a file that cannot be read now (sealed with a key this room lacks) leaves the session on its journal.
      file.stored();
    } catch (error) {
      if (error instanceof ContractError) return;
      throw error;
    }
    file.finishJournal();
    file.startJournal();
  };

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
          .filter(isRecordFileName)
          .map((file) => file.slice(0, -'.json'.length))
          .sort();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
    conflictCopies(folder) {
      let names: string[];
      try {
        names = readdirSync(path.join(dataDir, folder));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      return names.sort().flatMap((fileName) => {
        const copy = conflictCopyOf(fileName);
        return copy ? [{ name: fileName.replace(/\.json$/, ''), record: copy.original.replace(/\.json$/, ''), from: copy.from }] : [];
      });
    },
    hasAny(folder) {
      let dir;
      try {
        dir = opendirSync(path.join(dataDir, folder));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
      try {
        for (let entry = dir.readSync(); entry; entry = dir.readSync()) if (entry.isFile() && isRecordFileName(entry.name)) return true;
        return false;
      } finally {
        dir.closeSync();
      }
    },
    allFiles: () => walk(dataDir).sort(),
    *scan() {
      const before = new Set(quarantine.list().map((entry) => entry.id));
      yield;
      const versions = JSON.stringify(Object.entries(context.migrations).map(([folder, steps]) => [folder, steps.current]));
      const index = new ScanIndex(path.join(cacheDir, 'scan-index.json'), versions);
      yield;
      const present = new Set<string>();
      const files = walk(dataDir);
      yield;
      for (const filePath of files) {
        const relative = recordNameOf(dataDir, filePath);
        present.add(relative);
        try {
          const key = statKey(statSync(filePath));
          if (index.isKnownSound(relative, key)) continue;
          if (looksSound(filePath)) index.markSound(relative, key);
          else fileOf(filePath).read();
        } catch (error) {
          // Gone since the listing, or unreadable for now (disk trouble, no key): reported when a service reads it.
          if (!(error instanceof ContractError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        yield;
      }
      index.retain(present);
      index.save();
      return quarantine.list().filter((entry) => !before.has(entry.id));
    },
    summaries(folder, summarize) {
      return runNow(this.summarySteps(folder, summarize));
    },
    *summarySteps(folder, summarize, fits) {
      const ids = this.list(folder);
      yield;
      // Summaries hold names: with encryption on the cache is sealed like the records, and not kept while the key is closed.
      const bound = `.cache/${folder}-summaries`;
      return yield* summarySteps({
        folder: path.join(dataDir, folder),
        ids,
        cacheFile: path.join(cacheDir, `${folder}${SUMMARIES_SUFFIX}`),
        summarize,
        ...(fits ? { fits } : {}),
        // Sealed, the lines go as one JSON string.
        encode: (lines) => (codec.encrypting ? codec.seal(JSON.stringify(lines), bound) : lines),
        // A copy left plain from before encryption was on is not trusted: it is rebuilt, sealed.
        decode: (text) => {
          if (codec.encrypting && !isSealedText(text)) return '';
          if (!isEncryptedText(text)) return text;
          const lines = codec.decode(text, bound);
          if (typeof lines !== 'string') throw new Error('The summaries cache holds no lines.');
          return lines;
        },
      });
    },
    onRecordChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watch() {
      watcher ??= new FolderWatch(
        dataDir,
        (change) => {
          if (change.kind === 'removed') cache.forget(change.filePath);
          else cache.replaced(change.filePath);
          if (context.journals.has(change.filePath)) keepAcknowledged(change.filePath);
          for (const listener of listeners) listener(change);
        },
        { skip: [path.relative(dataDir, journalDir), path.relative(dataDir, cacheDir)] },
      );
    },
    foldJournals() {
      for (const filePath of context.journals.liveFiles()) fileOf(filePath).finishJournal();
    },
    dropPlainSummaries() {
      if (!codec.encrypting) return;
      for (const name of readdirOrEmpty(cacheDir).filter((each) => each.endsWith(SUMMARIES_SUFFIX))) {
        const filePath = path.join(cacheDir, name);
        try {
          if (!isSealedText(readFileSync(filePath, 'utf8'))) rmSync(filePath, { force: true });
        } catch {
          // Gone already.
        }
      }
    },
    forgetAll() {
      cache.clear();
      context.journals.dropAll();
    },
    close() {
      context.journals.closeAll();
      watcher?.close();
      watcher = null;
    },
  };
}

/**
 * Journal lines are encrypted like the records when encryption is on, bound to
 * the record's journal (so a line cannot pass for the record file or another
 * record's line), refused like the record when the keychain is locked or the
 * change is too large; each stays on one line.
 */
function journalCodec(codec: RecordCodec, record: string): JournalCodec {
  const bound = `${record}#journal`;
  const serialize = codec.serializerFor(bound);
  return {
    encode(ops) {
      const text = serialize(ops);
      return isEncryptedText(text) ? text : JSON.stringify(ops);
    },
    decode: (text) => codec.decode(text, bound) as JournalOp[],
  };
}

export { recordNameOf };

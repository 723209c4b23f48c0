import { readFileSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { writeFile as writeAtomicallyLater, writeFileSync as writeAtomically } from 'atomically';
import { z } from 'zod';
import { archiveSchema, type Archive, type BackupInfo, type BackupReason, type Verification } from '../../shared/contract/data-channels';
import { ContractError, refused } from '../../shared/contract/errors';
import { ObjectStore, sha256 } from './backup-objects';
import { listBackups, ManifestReader, manifestChecksum, MANIFEST_SUFFIX, type BackupEntry, type Manifest } from './backup-manifest';
import { canonicalJson } from './canonical-json';
import type { Clock } from './clock';
import { DamagedFileError, isEncryptedText } from './encryption';
import { currentVersion } from './migrations';
import { envelopeSchema, RecordFile, recordNameOf } from './record-store';
import { statKey } from './record-cache';
import { FILE_MODE, makeFolder } from './record-names';
import { describeRecord } from './record-kinds';
import { runNow, runSliced, type Steps } from './slices';
import type { SafeStorage } from './storage';

/** Folders holding what the therapist recorded, as opposed to plans and settings the app makes itself. */
const THERAPIST_FOLDERS = ['clients', 'sessions'];

export const DAY_MS = 24 * 60 * 60 * 1000;
/** A daily backup that falls due during a session waits; it looks again this often. */
export const DAILY_RETRY_MS = 10 * 60 * 1000;
/** How many automatic backups of each kind are kept; the oldest go first. */
export const KEEP_AUTOMATIC = 14;
export const KEEP_MANUAL = 30;

const anySchema = z.unknown();
type Files = Archive['files'];

/** Backups and quarantine live beside the data folder, outside the record tree. */
export function defaultBackupsDir(dataDir: string): string {
  return path.join(path.dirname(dataDir), 'backups');
}

export function checksumOf(files: Files): string {
  return sha256(canonicalJson(files));
}

/** "sessions/s-1" for the file "sessions/s-1.json": the name an encrypted copy is bound to. */
const recordOf = (relative: string): string => relative.replace(/\.json$/, '');

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

const infoOf = ({ id, takenAt, reason, bytes }: BackupEntry): BackupInfo => ({ id, takenAt, reason, bytes });

/**
 * Whole-folder backups, content-addressed: each backup is a manifest naming
 * the hash of every record file, and a file's bytes are stored once however
 * many backups hold them, so fourteen daily backups of an unchanged clinic
 * cost about one copy. Generic over every record file, so records features add
 * later are covered without changes here. All heavy work runs in slices, one
 * job at a time, so the loop that owns the cue timer never waits long;
 * backups from before this format (one JSON archive each) still verify and restore.
 */
export class BackupService {
  private migrationBackupTaken = false;
  private cancelDaily: (() => void) | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly objects: ObjectStore;
  private readonly manifests: ManifestReader;
  /** Each record file's hash as last backed up, by stat key, so an unchanged file is not read again. */
  private readonly hashes = new Map<string, { key: string; hash: string; size: number; plain: boolean }>();
  /** Objects written by a backup whose manifest is not on disk yet: never swept. */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly storage: SafeStorage,
    readonly dir: string,
    private readonly clock: Clock,
    private readonly appVersion: string,
    private readonly isSessionRunning: () => boolean = () => false,
  ) {
    this.objects = new ObjectStore(path.join(dir, 'objects'));
    this.manifests = new ManifestReader(dir);
  }

  /** Runs heavy jobs one after another, each in slices; other long work on the data folder joins the same line. */
  job<T>(steps: () => Steps<T>): Promise<T> {
    const result = this.queue.then(() => runSliced(steps()));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every job asked for so far has finished. */
  async idle(): Promise<void> {
    for (let seen = this.queue; ; seen = this.queue) {
      await seen;
      if (seen === this.queue) return;
    }
  }

  take(reason: BackupReason, at = this.clock.now()): Promise<BackupInfo> {
    return this.job(() => this.snapshot(reason, at));
  }

  list(): BackupInfo[] {
    return listBackups(this.dir).map(infoOf);
  }

  /**
   * A backup's files as stored (encoded text; plain records in old archives),
   * for a step inside a job. A copy that cannot be read is left out.
   */
  *storedFiles(id: string): Steps<Files> {
    return (yield* this.load(id)).files;
  }

  /**
   * Replaces the named files of a stored backup (encryption sealing them), in
   * either format, with a checksum that matches again; a step inside a job.
   * Stored copies no backup names any more are removed, so no plain copy stays behind.
   */
  *rewrite(id: string, replaced: Files): Steps<void> {
    const backup = this.entry(id);
    const target = path.join(this.dir, backup.file);
    if (backup.kind === 'archive') {
      const archive = this.readArchive(backup);
      const files = { ...archive.files, ...replaced };
      writeAtomically(target, JSON.stringify({ ...archive, files, checksum: checksumOf(files) }, null, '\t'), { mode: FILE_MODE, fsync: true });
      return;
    }
    const manifest = this.manifests.read(backup);
    const files = { ...manifest.files };
    // The backup is listed with the size of what it holds, so each copy replaced changes it by the difference.
    let bytes = manifest.bytes;
    for (const [relative, content] of Object.entries(replaced)) {
      const text = Buffer.from(typeof content === 'string' ? content : JSON.stringify(content, null, '\t'), 'utf8');
      const { hash } = this.objects.put(text);
      this.inFlight.add(hash);
      const old = files[relative];
      bytes += text.length - (old ? this.objects.sizeOf(old) : 0);
      files[relative] = hash;
      yield;
    }
    try {
      writeAtomically(target, JSON.stringify({ ...manifest, files, bytes, checksum: manifestChecksum(files) }), { mode: FILE_MODE, fsync: true });
      this.manifests.forget(backup.file);
      yield* this.sweepObjects();
    } finally {
      this.inFlight.clear();
    }
  }

  /** Once per run, before the first record is migrated; finishes before the migration writes anything. */
  beforeMigration(): void {
    if (this.migrationBackupTaken) return;
    this.migrationBackupTaken = true;
    runNow(this.snapshot('before-migration', this.clock.now(), true));
  }

  /**
   * A backup before data written by another version of the app is touched.
   * It runs in slices; the back end holds requests until it is done.
   */
  checkAppVersion(): Promise<void> {
    const marker = path.join(this.dir, 'last-run.json');
    let last: unknown;
    try {
      last = (JSON.parse(readFileSync(marker, 'utf8')) as { appVersion?: unknown }).appVersion;
    } catch {
      last = undefined;
    }
    if (last === this.appVersion) return Promise.resolve();
    const needed = this.storage.allFiles().length > 0;
    const at = this.clock.now();
    return this.job(function* (this: BackupService) {
      if (needed) yield* this.snapshot('before-update', at);
      makeFolder(this.dir);
      writeAtomically(marker, JSON.stringify({ appVersion: this.appVersion }), { mode: FILE_MODE, fsync: true });
    }.bind(this));
  }

  /** A daily backup when one is due, then again a day later for as long as the app runs; never during a session. */
  startDaily(): void {
    const latest = this.list().find((backup) => backup.reason === 'daily');
    const now = this.clock.now();
    let next = latest ? latest.takenAt + DAY_MS : now;
    if (next <= now) {
      if (this.isSessionRunning()) {
        next = now + DAILY_RETRY_MS;
      } else {
        if (this.storage.allFiles().length > 0) void this.take('daily', now);
        next = now + DAY_MS;
      }
    }
    this.cancelDaily = this.clock.setTimer(next, () => this.startDaily());
  }

  stop(): void {
    this.cancelDaily?.();
    this.cancelDaily = null;
  }

  parseArchive(text: string): Archive {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw refused('That backup file is damaged: it is not valid JSON.');
    }
    const parsed = archiveSchema.safeParse(json);
    if (!parsed.success) throw refused('That file is not a Stillpoint backup or export.');
    return parsed.data;
  }

  /** Checks the checksum and that every file inside is a record this version can read. */
  verifyArchive(archive: Archive): Promise<Verification> {
    return runSliced(this.check({ files: archive.files, problems: this.archiveProblems(archive) }));
  }

  verify(id: string): Promise<Verification> {
    return this.job(function* (this: BackupService) {
      return yield* this.check(yield* this.load(id));
    }.bind(this));
  }

  /** Replaces the data folder with a verified backup, after a safety backup of what is there now. */
  restore(id: string) {
    return this.job(function* (this: BackupService) {
      const loaded = yield* this.load(id);
      const check = yield* this.check(loaded);
      if (!check.ok) throw refused(`That backup did not pass verification: ${check.problems[0]}`);
      return { restored: Object.keys(loaded.files).length, ...(yield* this.replaceAll(loaded.files)) };
    }.bind(this));
  }

  /** Everything, decrypted, as one archive the therapist can keep or move to another computer. */
  exportArchive(): Promise<Archive> {
    return this.job(() => this.archive('export'));
  }

  /**
   * Loads an export into an install that holds no client or session yet;
   * the plans and settings such an install made for itself are replaced.
   */
  importArchive(archive: Archive) {
    return this.job(function* (this: BackupService) {
      const check = yield* this.check({ files: archive.files, problems: this.archiveProblems(archive) });
      if (!check.ok) throw refused(`That archive did not pass verification: ${check.problems[0]}`);
      const therapistRecords = this.storage
        .allFiles()
        .map((filePath) => recordNameOf(this.storage.dataDir, filePath))
        .filter((record) => THERAPIST_FOLDERS.some((folder) => record.startsWith(`${folder}/`)));
      if (therapistRecords.length > 0) {
        throw new ContractError({
          code: 'conflict',
          message: 'Import only goes into a Stillpoint with no clients or sessions yet. This one already has some; restore a backup instead.',
        });
      }
      const { verification } = yield* this.replaceAll(archive.files);
      return { imported: Object.keys(archive.files).length, verification };
    }.bind(this));
  }

  /**
   * The newest backup holding a readable copy of one record ("sessions/s-1"),
   * skipping copies identical to the damaged file (a backup taken after the damage).
   */
  latestCopyOf(record: string, damagedText?: string): (BackupInfo & { content: unknown }) | null {
    let damaged: string | undefined;
    try {
      damaged = damagedText === undefined ? undefined : canonicalJson(this.decode(damagedText, record));
    } catch {
      damaged = undefined;
    }
    for (const backup of listBackups(this.dir)) {
      try {
        const content = this.copyOf(backup, `${record}.json`);
        if (content === undefined || this.fileProblem(`${record}.json`, content) !== null) continue;
        const decoded = this.decode(content, record);
        if (damaged !== undefined && canonicalJson(decoded) === damaged) continue;
        return { ...infoOf(backup), content: decoded.record };
      } catch {
        // An unreadable backup is skipped; the next older one may hold the record.
      }
    }
    return null;
  }

  restoreRecord(record: string, backupId: string): void {
    const backup = this.entry(backupId);
    const content = this.copyOf(backup, `${record}.json`);
    if (content === undefined) throw refused(`That backup holds no copy of ${lowerFirst(this.nameOf(`${record}.json`))}.`);
    this.writeFile(`${record}.json`, content);
  }

  private entry(id: string): BackupEntry {
    const found = listBackups(this.dir).find((backup) => backup.id === id);
    if (!found) throw new ContractError({ code: 'not-found', message: `There is no backup ${id}.` });
    return found;
  }

  private copyOf(backup: BackupEntry, relative: string): string | Record<string, unknown> | undefined {
    if (backup.kind === 'archive') return this.readArchive(backup).files[relative];
    const hash = this.manifests.read(backup).files[relative];
    return hash === undefined ? undefined : this.objects.get(hash).toString('utf8');
  }

  private readArchive(backup: BackupEntry): Archive {
    return this.parseArchive(readFileSync(path.join(this.dir, backup.file), 'utf8'));
  }

  /** A backup's files (of either format) with the problems found while reading them. */
  private *load(id: string): Steps<{ files: Files; problems: string[] }> {
    const backup = this.entry(id);
    if (backup.kind === 'archive') {
      const archive = this.readArchive(backup);
      return { files: archive.files, problems: this.archiveProblems(archive) };
    }
    let manifest: Manifest;
    try {
      manifest = this.manifests.read(backup);
    } catch {
      throw refused(`The backup ${id} is damaged: its list of files cannot be read.`);
    }
    const problems = manifestChecksum(manifest.files) === manifest.checksum ? [] : ['The list of files does not match its checksum: the backup was changed or damaged.'];
    const files: Files = {};
    for (const [relative, hash] of Object.entries(manifest.files)) {
      try {
        files[relative] = this.objects.get(hash).toString('utf8');
      } catch (error) {
        problems.push(`${this.nameOf(relative)}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its copy in this backup is missing' : (error as Error).message}.`);
      }
      yield;
    }
    return { files, problems };
  }

  private archiveProblems(archive: Archive): string[] {
    return checksumOf(archive.files) === archive.checksum ? [] : ['The checksum does not match: the archive was changed or damaged.'];
  }

  private *check({ files, problems }: { files: Files; problems: string[] }): Steps<Verification> {
    const found = [...problems];
    for (const [relative, content] of Object.entries(files)) {
      const problem = this.fileProblem(relative, content);
      if (problem) found.push(`${this.nameOf(relative)}: ${problem}.`);
      yield;
    }
    return { ok: found.length === 0, files: Object.keys(files).length, problems: found };
  }

  /** Stores every record file's bytes (new ones only) and a manifest naming them. */
  private *snapshot(reason: BackupReason, at: number, now = false): Steps<BackupInfo> {
    this.storage.foldJournals();
    const files: Manifest['files'] = {};
    let bytes = 0;
    try {
      for (const filePath of this.storage.allFiles()) {
        const relative = path.relative(this.storage.dataDir, filePath).split(path.sep).join('/');
        let content: Buffer;
        let key: string;
        try {
          key = statKey(statSync(filePath));
          const known = this.hashes.get(relative);
          // Unchanged since the last backup in this run: its bytes are stored already, no need to read them.
          // A copy stored plain while the key was closed is read again, to be stored sealed once it is open.
          if (known?.key === key && this.objects.has(known.hash) && !(known.plain && this.storage.context.codec.sealing)) {
            files[relative] = known.hash;
            bytes += known.size;
            this.inFlight.add(known.hash);
            continue;
          }
          content = readFileSync(filePath);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
          throw error;
        }
        const text = content.toString('utf8');
        let stored = content;
        try {
          if (!isEncryptedText(text)) {
            this.decode(text, relative);
            // With encryption on, a record still plain on disk is stored sealed: no backup holds health details in the clear.
            const sealed = this.storage.context.codec.seal(text, recordOf(relative));
            if (sealed !== undefined) stored = Buffer.from(sealed, 'utf8');
          }
        } catch {
          // A damaged file is not copied: it goes to quarantine when read, and must not spoil the backup.
          continue;
        }
        const { hash } = this.objects.put(stored);
        this.hashes.set(relative, { key, hash, size: stored.length, plain: !isEncryptedText(stored.toString('utf8')) });
        this.inFlight.add(hash);
        files[relative] = hash;
        bytes += stored.length;
        yield;
      }
      let takenAt = at;
      while (this.list().some((backup) => backup.takenAt === takenAt && backup.reason === reason)) takenAt += 1;
      const id = `${String(takenAt).padStart(13, '0')}-${reason}`;
      const manifest: Manifest = {
        format: 'stillpoint-backup',
        version: 2,
        createdAt: at,
        reason,
        appVersion: this.appVersion,
        files,
        bytes,
        checksum: manifestChecksum(files),
      };
      makeFolder(this.dir);
      const manifestPath = path.join(this.dir, `${id}${MANIFEST_SUFFIX}`);
      const text = JSON.stringify(manifest);
      // The manifest's fsync can take a long moment on a busy disk: in slices it happens off the loop.
      if (now) writeAtomically(manifestPath, text, { mode: FILE_MODE, fsync: true });
      else yield writeAtomicallyLater(manifestPath, text, { mode: FILE_MODE, fsync: true });
      this.inFlight.clear();
      yield* this.prune();
      return infoOf(this.entry(id));
    } finally {
      this.inFlight.clear();
    }
  }

  /** One archive of every record, decrypted: the export format, which import reads. */
  private *archive(reason: BackupReason): Steps<Archive> {
    this.storage.foldJournals();
    const files: Files = {};
    for (const filePath of this.storage.allFiles()) {
      const relative = path.relative(this.storage.dataDir, filePath).split(path.sep).join('/');
      try {
        files[relative] = this.decode(readFileSync(filePath, 'utf8'), relative);
      } catch {
        // Missing since the listing, or damaged: it goes to quarantine when read, and must not spoil the export.
      }
      yield;
    }
    return {
      format: 'stillpoint-archive',
      version: 1,
      createdAt: this.clock.now(),
      reason,
      appVersion: this.appVersion,
      files,
      checksum: checksumOf(files),
    };
  }

  /** Makes the data folder hold exactly these files, after a safety backup of what is there now. */
  private *replaceAll(files: Files): Steps<{ removed: number; safetyBackup: string; verification: Verification }> {
    const safety = yield* this.snapshot('before-restore', this.clock.now());
    this.storage.forgetAll();
    const wanted = new Set(Object.keys(files).map((relative) => path.join(this.storage.dataDir, relative)));
    let removed = 0;
    for (const filePath of this.storage.allFiles()) {
      if (!wanted.has(filePath)) {
        unlinkSync(filePath);
        removed += 1;
        yield;
      }
    }
    for (const [relative, content] of Object.entries(files)) {
      this.writeFile(relative, content);
      yield;
    }
    this.storage.disk.forget();
    return { removed, safetyBackup: safety.id, verification: yield* this.readBack(files) };
  }

  private decode(content: string | Record<string, unknown>, relative: string): Record<string, unknown> {
    if (typeof content !== 'string') return content;
    const value = this.storage.context.codec.decode(content, recordOf(relative));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${relative} is not a record`);
    return value as Record<string, unknown>;
  }

  /** A record as the therapist knows it ("The client file for 'Ana Ruiz'"), named from its copy in the data folder when that reads. */
  private nameOf(relative: string): string {
    const record = relative.replace(/\.json$/, '');
    try {
      return describeRecord(record, this.decode(readFileSync(path.join(this.storage.dataDir, relative), 'utf8'), relative).record);
    } catch {
      return describeRecord(record);
    }
  }

  private fileProblem(relative: string, content: string | Record<string, unknown>): string | null {
    const target = path.resolve(this.storage.dataDir, relative);
    if (!target.startsWith(path.resolve(this.storage.dataDir) + path.sep)) return 'its path leaves the data folder';
    let envelope: z.infer<typeof envelopeSchema>;
    try {
      const parsed = envelopeSchema.safeParse(this.decode(content, relative));
      if (!parsed.success) return 'it is not a Stillpoint record';
      envelope = parsed.data;
    } catch (error) {
      return error instanceof DamagedFileError ? `it cannot be read: ${error.message}` : 'it cannot be read';
    }
    const folder = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '.';
    const current = currentVersion(this.storage.context.migrations, folder);
    if (envelope.schemaVersion > current) return `it was written by a newer Stillpoint (schema ${envelope.schemaVersion})`;
    return null;
  }

  private writeFile(relative: string, content: string | Record<string, unknown>): void {
    const filePath = path.join(this.storage.dataDir, relative);
    const file = new RecordFile(path.dirname(filePath), path.basename(filePath, '.json'), anySchema, this.storage.context);
    file.replaceWith(envelopeSchema.parse(this.decode(content, relative)));
  }

  /** Reads every restored file back from disk and compares it with the backup. */
  private *readBack(files: Files): Steps<Verification> {
    const problems: string[] = [];
    for (const [relative, content] of Object.entries(files)) {
      try {
        const onDisk = this.decode(readFileSync(path.join(this.storage.dataDir, relative), 'utf8'), relative);
        if (canonicalJson(onDisk) !== canonicalJson(this.decode(content, relative))) problems.push(`${this.nameOf(relative)} came out different when written back.`);
      } catch {
        problems.push(`${this.nameOf(relative)} could not be read back from the disk.`);
      }
      yield;
    }
    return { ok: problems.length === 0, files: Object.keys(files).length, problems };
  }

  /** Drops backups past their kind's limit, then every stored file no remaining backup refers to. */
  private *prune(): Steps<void> {
    const all = listBackups(this.dir);
    const automatic = (reason: BackupReason) => reason !== 'manual' && reason !== 'export';
    const groups = [
      all.filter((backup) => backup.reason === 'daily'),
      all.filter((backup) => automatic(backup.reason) && backup.reason !== 'daily'),
    ];
    const extra = new Set([
      ...groups.flatMap((group) => group.slice(KEEP_AUTOMATIC)),
      ...all.filter((backup) => backup.reason === 'manual').slice(KEEP_MANUAL),
    ]);
    for (const backup of extra) {
      unlinkSync(path.join(this.dir, backup.file));
      this.manifests.forget(backup.file);
    }
    if (extra.size === 0) return;
    yield* this.sweepObjects();
  }

  /** Removes every stored copy that no remaining backup names. */
  private *sweepObjects(): Steps<void> {
    const keep = new Set(this.inFlight);
    for (const backup of listBackups(this.dir)) {
      if (backup.kind !== 'manifest') continue;
      for (const hash of Object.values(this.manifests.read(backup).files)) keep.add(hash);
      yield;
    }
    yield* this.objects.sweep(keep);
  }
}

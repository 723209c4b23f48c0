import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import Store from 'conf';
import {
  archiveSchema,
  type Archive,
  type BackupInfo,
  type BackupReason,
  type Verification,
} from '../../shared/contract/data-channels';
import { ContractError, refused } from '../../shared/contract/errors';
import { canonicalJson } from './canonical-json';
import type { Clock } from './clock';
import { isEncryptedText } from './encryption';
import { currentVersion } from './migrations';
import { envelopeSchema, RecordFile, recordNameOf } from './record-store';
import type { SafeStorage } from './storage';
import { z } from 'zod';

/** Folders holding what the therapist recorded, as opposed to plans and settings the app makes itself. */
const THERAPIST_FOLDERS = ['clients', 'sessions'];

export const DAY_MS = 24 * 60 * 60 * 1000;
/** How many automatic backups of each kind are kept; the oldest go first. */
export const KEEP_AUTOMATIC = 14;
export const KEEP_MANUAL = 30;

const anySchema = z.unknown();

/** Backups and quarantine live beside the data folder, outside the record tree. */
export function defaultBackupsDir(dataDir: string): string {
  return path.join(path.dirname(dataDir), 'backups');
}

export function checksumOf(files: Archive['files']): string {
  return createHash('sha256').update(canonicalJson(files)).digest('hex');
}

function infoFromName(dir: string, name: string): BackupInfo | null {
  const match = /^(\d{13,15})-([a-z-]{3,30})\.json$/.exec(name);
  if (!match?.[1] || !match[2]) return null;
  const reason = archiveSchema.shape.reason.safeParse(match[2]);
  if (!reason.success) return null;
  return { id: name.slice(0, -5), takenAt: Number(match[1]), reason: reason.data, bytes: statSync(path.join(dir, name)).size };
}

/**
 * Whole-folder backups as single JSON archives, generic over every record
 * file, so records that features add later are covered without changes here.
 */
export class BackupService {
  private migrationBackupTaken = false;
  private cancelDaily: (() => void) | null = null;

  constructor(
    private readonly storage: SafeStorage,
    readonly dir: string,
    private readonly clock: Clock,
    private readonly appVersion: string,
  ) {}

  take(reason: BackupReason): BackupInfo {
    const archive = this.archive(reason, false);
    let takenAt = archive.createdAt;
    while (this.list().some((backup) => backup.takenAt === takenAt && backup.reason === reason)) takenAt += 1;
    const id = `${String(takenAt).padStart(13, '0')}-${reason}`;
    new Store<Archive>({ cwd: this.dir, configName: id, clearInvalidConfig: false, watch: false }).store = archive;
    this.prune();
    return infoFromName(this.dir, `${id}.json`)!;
  }

  /** Replaces a stored backup's files (encryption sealing them), with a checksum that matches again. */
  rewrite(id: string, files: Archive['files']): void {
    const archive = this.read(id);
    new Store<Archive>({ cwd: this.dir, configName: id, clearInvalidConfig: false, watch: false }).store = { ...archive, files, checksum: checksumOf(files) };
  }

  list(): BackupInfo[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names
      .map((name) => infoFromName(this.dir, name))
      .filter((info): info is BackupInfo => info !== null)
      .sort((a, b) => b.takenAt - a.takenAt);
  }

  /** Once per run, before the first record is migrated. */
  beforeMigration(): void {
    if (this.migrationBackupTaken) return;
    this.migrationBackupTaken = true;
    this.take('before-migration');
  }

  /** A backup before data written by another version of the app is touched. */
  checkAppVersion(): void {
    const marker = new Store<{ appVersion?: string }>({ cwd: this.dir, configName: 'last-run', clearInvalidConfig: false, watch: false });
    let last: unknown;
    try {
      last = marker.get('appVersion');
    } catch {
      last = undefined;
    }
    if (last !== this.appVersion && this.storage.allFiles().length > 0) this.take('before-update');
    marker.store = { appVersion: this.appVersion };
  }

  /** A daily backup when one is due, then again a day later for as long as the app runs. */
  startDaily(): void {
    const latest = this.list().find((backup) => backup.reason === 'daily');
    const now = this.clock.now();
    let next = latest ? latest.takenAt + DAY_MS : now;
    if (next <= now) {
      if (this.storage.allFiles().length > 0) this.take('daily');
      next = now + DAY_MS;
    }
    this.cancelDaily = this.clock.setTimer(next, () => this.startDaily());
  }

  stop(): void {
    this.cancelDaily?.();
    this.cancelDaily = null;
  }

  read(id: string): Archive {
    let text: string;
    try {
      text = readFileSync(path.join(this.dir, `${id}.json`), 'utf8');
    } catch {
      throw new ContractError({ code: 'not-found', message: `There is no backup ${id}.` });
    }
    return this.parseArchive(text);
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
  verifyArchive(archive: Archive): Verification {
    const problems: string[] = [];
    if (checksumOf(archive.files) !== archive.checksum) problems.push('The checksum does not match: the archive was changed or damaged.');
    for (const [relative, content] of Object.entries(archive.files)) {
      const problem = this.fileProblem(relative, content);
      if (problem) problems.push(`${relative}: ${problem}`);
    }
    return { ok: problems.length === 0, files: Object.keys(archive.files).length, problems };
  }

  verify(id: string): Verification {
    return this.verifyArchive(this.read(id));
  }

  /** Replaces the data folder with a verified backup, after a safety backup of what is there now. */
  restore(id: string) {
    const archive = this.read(id);
    const check = this.verifyArchive(archive);
    if (!check.ok) throw refused(`That backup did not pass verification: ${check.problems[0]}`);
    return { restored: Object.keys(archive.files).length, ...this.replaceAll(archive) };
  }

  /** Everything, decrypted, as one archive the therapist can keep or move to another computer. */
  exportArchive(): Archive {
    return this.archive('export', true);
  }

  /**
   * Loads an export into an install that holds no client or session yet;
   * the plans and settings such an install made for itself are replaced.
   */
  importArchive(archive: Archive) {
    const check = this.verifyArchive(archive);
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
    const { verification } = this.replaceAll(archive);
    return { imported: Object.keys(archive.files).length, verification };
  }

  /** Makes the data folder hold exactly the archive's files, after a safety backup of what is there now. */
  private replaceAll(archive: Archive) {
    const safety = this.take('before-restore');
    const wanted = new Set(Object.keys(archive.files).map((relative) => path.join(this.storage.dataDir, relative)));
    let removed = 0;
    for (const filePath of this.storage.allFiles()) {
      if (!wanted.has(filePath)) {
        unlinkSync(filePath);
        removed += 1;
      }
    }
    this.writeFiles(archive);
    this.storage.disk.forget();
    return { removed, safetyBackup: safety.id, verification: this.readBack(archive) };
  }

  /**
   * The newest backup holding a readable copy of one record ("sessions/s-1"),
   * skipping copies identical to the damaged file (a backup taken after the damage).
   */
  latestCopyOf(record: string, damagedText?: string): BackupInfo | null {
    let damaged: string | undefined;
    try {
      damaged = damagedText === undefined ? undefined : canonicalJson(this.decode(damagedText, record));
    } catch {
      damaged = undefined;
    }
    for (const backup of this.list()) {
      try {
        const content = this.read(backup.id).files[`${record}.json`];
        if (content === undefined || this.fileProblem(`${record}.json`, content) !== null) continue;
        if (damaged !== undefined && canonicalJson(this.decode(content, record)) === damaged) continue;
        return backup;
      } catch {
        // An unreadable backup is skipped; the next older one may hold the record.
      }
    }
    return null;
  }

  restoreRecord(record: string, backupId: string): void {
    const content = this.read(backupId).files[`${record}.json`];
    if (content === undefined) throw refused(`The backup ${backupId} holds no copy of ${record}.`);
    this.writeFile(`${record}.json`, content);
  }

  private archive(reason: BackupReason, decrypt: boolean): Archive {
    const files: Archive['files'] = {};
    for (const filePath of this.storage.allFiles()) {
      const relative = path.relative(this.storage.dataDir, filePath).split(path.sep).join('/');
      let text: string;
      try {
        text = readFileSync(filePath, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      try {
        if (!decrypt && isEncryptedText(text)) files[relative] = text;
        else files[relative] = this.sealedUnless(decrypt, relative, this.decode(text, relative));
      } catch {
        // A damaged file is not copied: it goes to quarantine when read, and must not spoil the backup.
      }
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

  /** With encryption on, a backup holds every record encrypted, even one still plain on disk. */
  private sealedUnless(decrypt: boolean, relative: string, value: Record<string, unknown>): Archive['files'][string] {
    return (decrypt ? undefined : this.storage.context.codec.seal(JSON.stringify(value, null, '\t'), relative.replace(/\.json$/, ''))) ?? value;
  }

  private decode(content: string | Record<string, unknown>, relative: string): Record<string, unknown> {
    if (typeof content !== 'string') return content;
    const value = this.storage.context.codec.decode(content, relative.replace(/\.json$/, ''));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${relative} is not a record`);
    return value as Record<string, unknown>;
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
      return `it cannot be read (${(error as Error).message})`;
    }
    const folder = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '.';
    const current = currentVersion(this.storage.context.migrations, folder);
    if (envelope.schemaVersion > current) return `it was written by a newer Stillpoint (schema ${envelope.schemaVersion})`;
    return null;
  }

  private writeFiles(archive: Archive): void {
    for (const [relative, content] of Object.entries(archive.files)) this.writeFile(relative, content);
  }

  private writeFile(relative: string, content: string | Record<string, unknown>): void {
    const filePath = path.join(this.storage.dataDir, relative);
    const file = new RecordFile(path.dirname(filePath), path.basename(filePath, '.json'), anySchema, this.storage.context);
    file.replaceWith(envelopeSchema.parse(this.decode(content, relative)));
  }

  /** Reads every restored file back from disk and compares it with the archive. */
  private readBack(archive: Archive): Verification {
    const problems: string[] = [];
    for (const [relative, content] of Object.entries(archive.files)) {
      try {
        const onDisk = this.decode(readFileSync(path.join(this.storage.dataDir, relative), 'utf8'), relative);
        if (canonicalJson(onDisk) !== canonicalJson(this.decode(content, relative))) problems.push(`${relative} differs after writing`);
      } catch (error) {
        problems.push(`${relative} could not be read back (${(error as Error).message})`);
      }
    }
    return { ok: problems.length === 0, files: Object.keys(archive.files).length, problems };
  }

  private prune(): void {
    const all = this.list();
    const automatic = (reason: BackupReason) => reason !== 'manual' && reason !== 'export';
    const groups = [
      all.filter((backup) => backup.reason === 'daily'),
      all.filter((backup) => automatic(backup.reason) && backup.reason !== 'daily'),
    ];
    const extra = [
      ...groups.flatMap((group) => group.slice(KEEP_AUTOMATIC)),
      ...all.filter((backup) => backup.reason === 'manual').slice(KEEP_MANUAL),
    ];
    for (const backup of extra) unlinkSync(path.join(this.dir, `${backup.id}.json`));
  }
}

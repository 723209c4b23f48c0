import { z } from 'zod';
import { timestampSchema } from './schemas';

const empty = z.strictObject({});

export const MAX_ARCHIVE_FILES = 20_000;
export const MAX_FILE_CHARS = 8 * 1024 * 1024;

export const backupReasonSchema = z.enum([
  'daily',
  'manual',
  'before-migration',
  'before-update',
  'before-restore',
  'before-import',
  'before-encryption',
  'export',
]);
export type BackupReason = z.infer<typeof backupReasonSchema>;

export const backupIdSchema = z.string().regex(/^\d{13,15}-[a-z-]{3,30}$/, 'That is not a backup name.');

/** A record file's place in the data folder: folders of plain names, then a .json file. */
export const archivePathSchema = z
  .string()
  .max(200)
  .regex(/^(?:[A-Za-z0-9_-]+\/){0,4}[A-Za-z0-9_-][A-Za-z0-9_.-]*\.json$/, 'Not a record path.');

const archiveFilesSchema = z.record(archivePathSchema, z.union([z.string().max(MAX_FILE_CHARS), z.record(z.string(), z.unknown())]));

/** One archive for backups, export and import: every record file of the data folder. */
export const archiveSchema = z.strictObject({
  format: z.literal('stillpoint-archive'),
  version: z.literal(1),
  createdAt: timestampSchema,
  reason: backupReasonSchema,
  appVersion: z.string().max(40),
  /** A plain record as its JSON, or an encrypted file's text. */
  files: archiveFilesSchema,
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Archive = z.infer<typeof archiveSchema>;

/** An archive to import: its files counted before any is checked, so a crafted one of a million names costs one sentence. */
const importedArchiveSchema = archiveSchema.extend({
  files: z
    .custom<Record<string, unknown>>((files) => typeof files !== 'object' || files === null || Object.keys(files).length <= MAX_ARCHIVE_FILES, {
      error: (issue) =>
        `Stillpoint imports at most ${MAX_ARCHIVE_FILES.toLocaleString('en')} files; this archive holds ${Object.keys(issue.input as object).length.toLocaleString('en')}.`,
    })
    .pipe(archiveFilesSchema),
});

export const backupInfoSchema = z.strictObject({
  id: backupIdSchema,
  takenAt: timestampSchema,
  reason: backupReasonSchema,
  bytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const verificationSchema = z.strictObject({
  ok: z.boolean(),
  files: z.number().int().nonnegative(),
  problems: z.array(z.string()),
});
export type Verification = z.infer<typeof verificationSchema>;

export const diskStatusSchema = z.strictObject({
  state: z.enum(['ok', 'retrying']),
  pending: z.array(z.string()),
  message: z.string(),
});

export const damagedViewSchema = z.strictObject({
  id: z.string(),
  record: z.string(),
  /** The record as a person knows it ("The plan 'Deep work'"), from the backup's good copy when there is one. */
  name: z.string(),
  reason: z.string(),
  at: timestampSchema,
  file: z.string(),
  state: z.enum(['new', 'dismissed', 'restored']),
  latestBackup: z.strictObject({ id: backupIdSchema, takenAt: timestampSchema }).nullable(),
});
export type DamagedView = z.infer<typeof damagedViewSchema>;

const damagedIdSchema = z.string().min(1).max(300).regex(/^[A-Za-z0-9_.-]+$/);

export const encryptionStatusSchema = z.strictObject({
  /** The stored setting: records are (to be) encrypted. */
  enabled: z.boolean(),
  /** This build can encrypt (the desktop app with a system keychain). */
  available: z.boolean(),
  /** On, but the key could not be opened: encrypted records stay closed and no client or session is saved. */
  locked: z.boolean(),
  /** The clinic passphrase wraps the key (in the synced data folder), so another room or a new computer can open the records. */
  recovery: z.boolean(),
  /** Locked because another room (named) encrypted the clinic's records: this room joins once with the clinic passphrase. */
  otherRoom: z.string().max(40).nullable(),
});
export type EncryptionStatus = z.infer<typeof encryptionStatusSchema>;

const passphraseSchema = z.string().max(1000, 'A clinic passphrase is at most 1000 characters.');

/** How far the move of an older data folder to this version's layout has come, in files. */
export const migrationProgressSchema = z.strictObject({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() });

export const dataStatusSchema = z.strictObject({
  disk: diskStatusSchema,
  encryption: encryptionStatusSchema,
  lastBackup: backupInfoSchema.nullable(),
  damaged: z.array(damagedViewSchema),
  /** While an older data folder is being moved to the new layout; null otherwise. */
  migration: migrationProgressSchema.nullable(),
});

/** Keeping the therapist's data safe: backups, restore, export and import, damaged records, disk trouble. */
export const dataInvoke = {
  'data.status': { request: empty, response: dataStatusSchema },
  'data.backups.list': { request: empty, response: z.array(backupInfoSchema) },
  'data.backup.now': { request: empty, response: backupInfoSchema },
  'data.backup.verify': { request: z.strictObject({ backupId: backupIdSchema }), response: verificationSchema },
  'data.backup.restore': {
    request: z.strictObject({ backupId: backupIdSchema, confirm: z.literal(true) }),
    response: z.strictObject({ restored: z.number().int(), removed: z.number().int(), safetyBackup: backupIdSchema, verification: verificationSchema }),
  },
  'data.export': { request: empty, response: archiveSchema },
  'data.import': {
    request: z.strictObject({ archive: importedArchiveSchema }),
    response: z.strictObject({ imported: z.number().int(), verification: verificationSchema }),
  },
  'data.damaged.restore': { request: z.strictObject({ damagedId: damagedIdSchema }), response: damagedViewSchema },
  'data.damaged.dismiss': { request: z.strictObject({ damagedId: damagedIdSchema }), response: damagedViewSchema },
  /** Turning on with a passphrase: it becomes the clinic passphrase, or (when another room made the clinic key) must open that key. */
  'data.encryption.set': { request: z.strictObject({ enabled: z.boolean(), passphrase: passphraseSchema.optional() }), response: encryptionStatusSchema },
  /** Locked records: asks the keychain again, or (with the clinic passphrase) opens them in another room or on a new computer. */
  'data.encryption.unlock': { request: z.strictObject({ passphrase: passphraseSchema.optional() }), response: encryptionStatusSchema },
  'data.recovery.set': { request: z.strictObject({ passphrase: passphraseSchema }), response: encryptionStatusSchema },
  'data.retry': { request: empty, response: diskStatusSchema },
};

export const dataPush = {
  'data.damaged': damagedViewSchema,
  'data.disk': diskStatusSchema,
  /** The encryption setting or the clinic key changed underneath (another room turned encryption on, or its key arrived). */
  'data.encryption': encryptionStatusSchema,
  /** Progress of bringing a data folder from an older Stillpoint to this layout (files done of all). */
  'data.migration': migrationProgressSchema,
};

import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { archivePathSchema, archiveSchema, backupReasonSchema, type BackupInfo } from '../../shared/contract/data-channels';
import { timestampSchema } from '../../shared/contract/schemas';
import { canonicalJson } from './canonical-json';
import { sha256 } from './backup-objects';

const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** A backup: which bytes (by hash, in the object store) each record file held at that moment. */
export const manifestSchema = z.strictObject({
  format: z.literal('stillpoint-backup'),
  version: z.literal(2),
  createdAt: timestampSchema,
  reason: backupReasonSchema,
  appVersion: z.string().max(40),
  files: z.record(archivePathSchema, hashSchema),
  /** Bytes of all the record files it holds, as they were on disk. */
  bytes: z.number().int().nonnegative(),
  checksum: hashSchema,
});
export type Manifest = z.infer<typeof manifestSchema>;

export const MANIFEST_SUFFIX = '.manifest.json';
/** Backups taken before content-addressed storage: one JSON archive each. They can still be verified and restored. */
export const ARCHIVE_SUFFIX = '.json';

export const manifestChecksum = (files: Manifest['files']): string => sha256(canonicalJson(files));

export interface BackupEntry extends BackupInfo {
  file: string;
  kind: 'manifest' | 'archive';
}

const NAME = /^(\d{13,15})-([a-z-]{3,30})(\.manifest\.json|\.json)$/;
/** How a manifest, as written, ends: the records' bytes just before the checksum. */
const MANIFEST_END = /"bytes":(\d+),"checksum":"[0-9a-f]{64}"}\s*$/;

/**
 * The size of the records a backup holds, as a person reads "the size of a backup": a manifest's own
 * file is only its list of hashes, so the figure it keeps is read from its last bytes (not the whole list).
 */
function heldBytes(file: string, kind: BackupEntry['kind']): number {
  const { size } = statSync(file);
  if (kind === 'archive') return size;
  const tail = Buffer.alloc(Math.min(size, 256));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, tail, 0, tail.length, size - tail.length);
  } finally {
    closeSync(fd);
  }
  const held = MANIFEST_END.exec(tail.toString('utf8'))?.[1];
  return held === undefined ? size : Number(held);
}

function entryOf(dir: string, name: string): BackupEntry | null {
  const match = NAME.exec(name);
  if (!match?.[1] || !match[2]) return null;
  const reason = archiveSchema.shape.reason.safeParse(match[2]);
  if (!reason.success) return null;
  const kind = match[3] === MANIFEST_SUFFIX ? 'manifest' : 'archive';
  return {
    id: `${match[1]}-${match[2]}`,
    takenAt: Number(match[1]),
    reason: reason.data,
    bytes: heldBytes(path.join(dir, name), kind),
    file: name,
    kind,
  };
}

/** Every backup in the folder, newest first, of either format. */
export function listBackups(dir: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => entryOf(dir, name))
    .filter((entry): entry is BackupEntry => entry !== null)
    .sort((a, b) => b.takenAt - a.takenAt);
}

/** Manifests never change once written, so each is parsed once. */
export class ManifestReader {
  private readonly parsed = new Map<string, Manifest>();

  constructor(private readonly dir: string) {}

  read(entry: BackupEntry): Manifest {
    const known = this.parsed.get(entry.file);
    if (known) return known;
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(this.dir, entry.file), 'utf8')));
    this.parsed.set(entry.file, manifest);
    return manifest;
  }

  forget(file: string): void {
    this.parsed.delete(file);
  }
}

import { chmodSync, lstatSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseConflictCopy, type ConflictCopy } from '../../shared/sync/conflict-copies';

/** Health data: only the person running Stillpoint may read what it writes. */
export const FILE_MODE = 0o600;
export const FOLDER_MODE = 0o700;

/** Temp files of atomic writes and sync engines, and hidden files. */
const TEMPORARY = /\.tmp|^\.|^~|\.syncthing\.|\.~tmp$/i;
/** Any name a sync engine gives a conflict copy, even one the parser does not know in full. */
const COPY_MARK = /\.sync-conflict-|conflicted copy/i;

/**
 * True for a record's file name: a plain name ending in .json. Copies a sync
 * engine leaves beside a record ("x.sync-conflict-20261130-101010-ABCDEFG.json")
 * are second versions of that record, never records of their own.
 */
export function isRecordFileName(name: string): boolean {
  return name.endsWith('.json') && !TEMPORARY.test(name) && !COPY_MARK.test(name) && parseConflictCopy(name) === null;
}

/** The record a sync engine's conflict copy is a second version of, or null for any other file. */
export function conflictCopyOf(name: string): ConflictCopy | null {
  if (TEMPORARY.test(name)) return null;
  const copy = parseConflictCopy(name);
  return copy && isRecordFileName(copy.original) ? copy : null;
}

/** Files the folder watcher reports: records and their conflict copies. */
export function isWatchedFileName(name: string): boolean {
  return isRecordFileName(name) || conflictCopyOf(name) !== null;
}

/** Folders this process has already made or tightened, so a write costs no extra system call. */
const made = new Set<string>();

/** Makes a folder (and its parents) that only this user can open; an existing one is tightened. */
export function makeFolder(dir: string): void {
  if (made.has(dir)) return;
  const created = mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
  if (created === undefined) tighten(dir, FOLDER_MODE);
  made.add(dir);
}

export function tighten(target: string, mode: number): void {
  try {
    chmodSync(target, mode);
  } catch (error) {
    // Windows and some shared drives do not keep POSIX modes; the folder is still usable.
    if (!['EPERM', 'ENOTSUP', 'EINVAL'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

/** Whether the path is itself a link (a sync engine carries them); false when nothing is there. */
export function isLink(target: string): boolean {
  try {
    return lstatSync(target).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The name of the first folder from `root` down to `folder` that is a link, or undefined: links inside the data folder are never followed. */
export function linkedFolderIn(root: string, folder: string): string | undefined {
  const relative = path.relative(root, folder);
  if (relative === '' || relative.startsWith('..')) return undefined;
  let here = root;
  for (const part of relative.split(path.sep)) {
    here = path.join(here, part);
    if (isLink(here)) return path.relative(root, here).split(path.sep).join('/');
  }
  return undefined;
}

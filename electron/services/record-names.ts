import { chmodSync, mkdirSync } from 'node:fs';

/** Health data: only the person running Stillpoint may read what it writes. */
export const FILE_MODE = 0o600;
export const FOLDER_MODE = 0o700;

/**
 * Copies a sync engine leaves beside a record ("x.sync-conflict-20261130-101010-ABCDEFG.json"),
 * temp files of atomic writes and sync engines, and hidden files are never records of their own.
 */
const NOT_A_RECORD = /\.sync-conflict-|\.tmp|^\.|^~|\.syncthing\.|\(conflicted copy|\.~tmp$/i;

/** True for a record's file name: a plain name ending in .json. */
export function isRecordFileName(name: string): boolean {
  return name.endsWith('.json') && !NOT_A_RECORD.test(name);
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

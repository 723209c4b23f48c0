import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFileSync as writeAtomically } from 'atomically';
import { FILE_MODE, FOLDER_MODE, makeFolder, tighten } from './record-names';
import type { Steps } from './slices';

/** The data folder layout this build writes: 2 = records 0600 in folders 0700, live journals, content-addressed backups. */
export const LAYOUT_VERSION = 2;

const PROGRESS_EVERY = 100;

export interface LayoutProgress {
  done: number;
  total: number;
}

function everything(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? [full, ...everything(full)] : [full];
  });
}

/**
 * Brings a data folder written by an older Stillpoint to this layout, once:
 * every folder becomes 0700 and every file 0600 (older versions left them
 * readable by other users of the computer), in the data, backup and
 * quarantine folders alike. Runs in steps, after the update backup, and
 * reports its progress; a marker in the cache folder says it is done.
 */
export function* migrateLayout(dirs: readonly string[], markerPath: string, progress: (at: LayoutProgress) => void): Steps<boolean> {
  try {
    if ((JSON.parse(readFileSync(markerPath, 'utf8')) as { layout?: unknown }).layout === LAYOUT_VERSION) return false;
  } catch {
    // No marker yet: a folder from before this layout, or a new one.
  }
  const targets = dirs.flatMap((dir) => [dir, ...everything(dir)]);
  let tightened = 0;
  for (const [index, target] of targets.entries()) {
    let stat;
    try {
      stat = statSync(target);
    } catch {
      continue; // Gone meanwhile (set aside, pruned): nothing to tighten.
    }
    const wanted = stat.isDirectory() ? FOLDER_MODE : FILE_MODE;
    if ((stat.mode & 0o777) !== wanted) {
      tighten(target, wanted);
      tightened += 1;
    }
    // Progress is worth showing only for a folder that needs the work and takes a while.
    if (tightened > 0 && index % PROGRESS_EVERY === PROGRESS_EVERY - 1) progress({ done: index + 1, total: targets.length });
    yield;
  }
  if (tightened > 0 && targets.length >= PROGRESS_EVERY) progress({ done: targets.length, total: targets.length });
  makeFolder(path.dirname(markerPath));
  writeAtomically(markerPath, JSON.stringify({ layout: LAYOUT_VERSION }), { mode: FILE_MODE, fsync: true });
  return true;
}

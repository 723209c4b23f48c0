import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FILE_MODE, makeFolder } from './record-names';
import { perRoomRecords } from './record-kinds';

const BEGIN = '// Stillpoint: begin (written by the app; lines outside this block are yours)';
const END = '// Stillpoint: end';

/**
 * What each room keeps to itself. Syncthing reads these patterns from
 * `.stignore` in the folder; docs/clinic.md lists the same for Dropbox and OneDrive.
 */
export const perRoomPatterns = [
  "// The running session of this room, its live journal, the region and technique chosen in it, and this room's own settings.",
  ...perRoomRecords.map((record) => `/${record}.json`),
  '/journal',
  '// Caches and indexes, rebuilt from the records by each room.',
  '/.cache',
  '// The folder lock and half-written files.',
  'stillpoint.lock',
  '*.tmp',
  '*.tmp-*',
];

/**
 * Writes Stillpoint's block into `.stignore`, keeping anything the clinic
 * added around it. Rewrites the file only when the block is missing or old.
 */
export function writeSyncIgnore(dataDir: string): void {
  const file = path.join(dataDir, '.stignore');
  let existing = '';
  try {
    existing = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const block = [BEGIN, ...perRoomPatterns, END].join('\n');
  const start = existing.indexOf(BEGIN);
  const end = existing.indexOf(END, start);
  const next =
    start >= 0 && end > start
      ? `${existing.slice(0, start)}${block}${existing.slice(end + END.length)}`
      : `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${block}\n`;
  if (next === existing) return;
  makeFolder(dataDir);
  writeFileSync(file, next, { mode: FILE_MODE });
}

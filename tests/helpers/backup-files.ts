import { readFileSync } from 'node:fs';
import path from 'node:path';

/** What a backup holds, read straight from its manifest and object store: record path to parsed file. */
export function backupFiles(backupsDir: string, id: string): Record<string, unknown> {
  const manifest = JSON.parse(readFileSync(path.join(backupsDir, `${id}.manifest.json`), 'utf8')) as { files: Record<string, string> };
  return Object.fromEntries(
    Object.entries(manifest.files).map(([relative, hash]) => [relative, JSON.parse(readFileSync(objectPath(backupsDir, hash), 'utf8'))]),
  );
}

export function objectPath(backupsDir: string, hash: string): string {
  return path.join(backupsDir, 'objects', hash.slice(0, 2), hash);
}

export function manifestOf(backupsDir: string, id: string): { files: Record<string, string> } {
  return JSON.parse(readFileSync(path.join(backupsDir, `${id}.manifest.json`), 'utf8'));
}

import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FolderLayout } from './paths';

/** The data folder cannot be used at all: the app says so plainly and stops, changing nothing. */
export class DataFolderError extends Error {
  override readonly name = 'DataFolderError';
}

function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOTDIR') throw unwritable(dir, error);
  }
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) {
    throw new DataFolderError(
      `Stillpoint keeps its data in the folder ${dir}, but there is a file in its place (or in the way on the path to it). ` +
        'Rename or move that file, then start Stillpoint again. Nothing was changed.',
    );
  }
}

function unwritable(dir: string, error: unknown): DataFolderError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'EROFS'
      ? 'the disk it is on is read-only'
      : code === 'EACCES' || code === 'EPERM'
        ? 'your user account is not allowed to write there'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : `the system said: ${(error as Error).message}`;
  return new DataFolderError(
    `Stillpoint cannot save anything in its data folder ${dir}: ${why}. ` +
      'Make the folder writable for your account (or free some disk space), then start Stillpoint again. Nothing was changed.',
  );
}

/**
 * Makes sure the data folder exists, is a folder, and takes a write, before
 * anything is read from it: a session must never start where it cannot be saved.
 * `probe` writes the test file; a test stands in for a read-only disk with it.
 */
export function prepareDataFolder(layout: FolderLayout, probe: (file: string) => void = (file) => writeFileSync(file, '')): void {
  ensureFolder(layout.root);
  ensureFolder(layout.dataDir);
  const probeFile = path.join(layout.dataDir, `.write-test-${process.pid}`);
  try {
    probe(probeFile);
  } catch (error) {
    throw unwritable(layout.dataDir, error);
  }
  rmSync(probeFile, { force: true });
}

import { closeSync, fsyncSync, openSync } from 'node:fs';

/**
 * A rename or a new file survives a power cut only once its folder is synced
 * too; done before the write is acknowledged.
 */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch (error) {
    // Windows cannot open a folder for syncing; NTFS journals the rename itself.
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Why a file could not be read, and what to do, in words for the person at the computer (never the system's code or a path). */
export function readTroubleInWords(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EISDIR':
      return 'a folder stands where the file should be. Move it out of the data folder, then try again.';
    case 'ENOTDIR':
      return 'a file stands where its folder should be. Move it out of the data folder, then try again.';
    case 'EACCES':
    case 'EPERM':
      return 'your user account is not allowed to open it. Give your account access to the data folder, then try again.';
    case 'ELOOP':
      return 'a link on the way to it goes round in a loop. Move that link out of the data folder, then try again.';
    case 'EMFILE':
    case 'ENFILE':
      return 'the computer has too many files open. Restart Stillpoint, then try again.';
    case 'EBUSY':
      return 'another program is holding it. Close that program (a sync or backup tool, perhaps), then try again.';
    case 'EIO':
      return 'the disk reported a fault. Check the disk, then try again; your backups hold earlier copies.';
    default:
      return 'the disk did not give it back. Check that the disk is connected and working, then try again.';
  }
}

/** Why a file could not be written where the person chose, in their words. */
export function writeTroubleInWords(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM':
      return 'your user account is not allowed to write there';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'that folder is no longer there';
    default:
      return 'the disk did not take it';
  }
}

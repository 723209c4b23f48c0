/**
 * Sync engines never merge a file edited in two places: they keep one version
 * under the real name and the other beside it under a name of their own. These
 * are the names Syncthing, Dropbox, Nextcloud and OneDrive use; a file named so
 * is a second version of a record, never a record of its own.
 */
export interface ConflictCopy {
  /** The record file's own name, e.g. `c-1234.json`. */
  original: string;
  /** Which engine left it. */
  engine: 'syncthing' | 'dropbox' | 'nextcloud' | 'onedrive';
  /** The device or computer the other version came from, as the engine wrote it. */
  from: string;
}

// Syncthing: name.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.ext (DEVICE: the first 7 characters of its id).
const syncthing = /^(?<stem>.+)\.sync-conflict-\d{8}-\d{6}-(?<from>[A-Z0-9]{7})(?<ext>\.[^.]+)?$/;
// Dropbox: name (Computer's conflicted copy YYYY-MM-DD).ext, possibly with " (1)" after the date.
const dropbox = /^(?<stem>.+?) \((?<from>.+?)'s conflicted copy \d{4}-\d{2}-\d{2}(?: \(\d+\))?\)(?<ext>\.[^.]+)?$/;
// Nextcloud desktop client: name (conflicted copy YYYY-MM-DD HHMMSS).ext, or with the user's name first.
const nextcloud = /^(?<stem>.+?) \((?:(?<from>.+?) - )?conflicted copy \d{4}-\d{2}-\d{2} \d{6}\)(?<ext>\.[^.]+)?$/;
// OneDrive: name-COMPUTER.ext. Record ids are a prefix and a UUID, so anything after the UUID is the computer.
const onedrive = /^(?<stem>[a-z]+-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-(?<from>[^.]+)(?<ext>\.[^.]+)$/;

const patterns = [
  ['syncthing', syncthing],
  ['dropbox', dropbox],
  ['nextcloud', nextcloud],
  ['onedrive', onedrive],
] as const;

/** The conflict copy a file name describes, or null for an ordinary file. */
export function parseConflictCopy(fileName: string): ConflictCopy | null {
  for (const [engine, pattern] of patterns) {
    const groups = pattern.exec(fileName)?.groups;
    if (groups?.stem) return { original: `${groups.stem}${groups.ext ?? ''}`, engine, from: groups.from ?? '' };
  }
  return null;
}

export function isConflictCopy(fileName: string): boolean {
  return parseConflictCopy(fileName) !== null;
}

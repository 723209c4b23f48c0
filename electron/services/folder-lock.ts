import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Another Stillpoint, alive, already has this folder open. */
export class FolderInUseError extends Error {
  override readonly name = 'FolderInUseError';
  constructor(
    readonly folder: string,
    readonly holder: LockHolder,
  ) {
    super(
      `Stillpoint is already open on the data folder ${folder} (process ${holder.pid}, ${holder.app === 'browser' ? 'browser mode' : 'the desktop app'}). ` +
        'Switch to that one, or close it first: two copies on one folder would each overwrite what the other saved.',
    );
  }
}

export interface LockHolder {
  pid: number;
  host: string;
  app: 'desktop' | 'browser';
  since: string;
}

export interface FolderLock {
  readonly file: string;
  release(): void;
}

export interface LockOptions {
  app: LockHolder['app'];
  pid?: number;
  /** Whether a process of this computer is still running; a test may stand in for the system. */
  isRunning?: (pid: number) => boolean;
}

export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, which still holds the folder.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Locks this process holds: a pid equal to ours is then really us, not a crashed run whose pid came round again. */
const heldHere = new Set<string>();

function readHolder(file: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? (holder as LockHolder) : null;
  } catch {
    return null;
  }
}

/**
 * One app per data folder: a lock file made with O_EXCL, holding the pid.
 * A lock left by a process that is gone (a crash, a power cut) is taken over;
 * so is an unreadable one, which only a crash mid-write can leave.
 */
export function lockFolder(lockFile: string, options: LockOptions): FolderLock {
  const pid = options.pid ?? process.pid;
  const isRunning = options.isRunning ?? processIsRunning;
  const me: LockHolder = { pid, host: os.hostname(), app: options.app, since: new Date().toISOString() };
  mkdirSync(path.dirname(lockFile), { recursive: true, mode: 0o700 });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify(me));
      } finally {
        closeSync(fd);
      }
      heldHere.add(lockFile);
      return {
        file: lockFile,
        release() {
          heldHere.delete(lockFile);
          // Only our own lock: a copy that took over a lock it thought stale keeps its own.
          if (readHolder(lockFile)?.pid === pid) rmSync(lockFile, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lockFile);
    const alive = holder && (holder.pid === pid ? heldHere.has(lockFile) : isRunning(holder.pid));
    // A lock from another computer (a shared folder) cannot be checked, so it is respected.
    if (holder && (holder.host !== me.host || alive)) throw new FolderInUseError(path.dirname(lockFile), holder);
    // Moved aside under a name of our own; if what moved is not the stale lock we judged
    // (another copy took over meanwhile), it goes back.
    const stale = `${lockFile}.stale-${pid}`;
    try {
      renameSync(lockFile, stale);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const moved = readHolder(stale);
    if (moved && moved.pid !== holder?.pid) {
      try {
        linkSync(stale, lockFile);
      } catch {
        // A third copy holds it now; ours is not needed back.
      }
    }
    rmSync(stale, { force: true });
  }
  throw new Error(`The lock on ${path.dirname(lockFile)} kept changing hands; start Stillpoint again.`);
}

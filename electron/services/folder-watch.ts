import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { statKey } from './record-cache';
import { isWatchedFileName } from './record-names';

export type RecordChangeKind = 'added' | 'changed' | 'removed';

export interface RecordChange {
  kind: RecordChangeKind;
  /** The record as the app names it: "sessions/s-1" (or the conflict copy's name without .json). */
  record: string;
  filePath: string;
}

export interface FolderWatchOptions {
  /** Top-level folders that hold no records (the live journals). */
  skip?: string[];
}

/** Record paths sit at most this many folders deep, as in an archive. */
const MAX_DEPTH = 4;

/**
 * Reports record files that appear, change or go away under the data folder
 * because of someone else: a sync engine bringing another room's work, a
 * person copying a file in. The app's own writes are announced first
 * (`noteOwn`) and are not reported back. Temp files are never reported; a sync
 * engine's conflict copy is, as a second version of its record.
 */
export class FolderWatch {
  /** Our last write of each file (its stat key), or null after we removed it. */
  private readonly own = new Map<string, string | null>();
  private readonly watcher: FSWatcher;
  private readonly ready: Promise<void>;

  constructor(
    readonly dir: string,
    private readonly onChange: (change: RecordChange) => void,
    options: FolderWatchOptions = {},
  ) {
    const skip = new Set((options.skip ?? []).map((folder) => path.join(dir, folder)));
    this.watcher = watch(dir, {
      ignoreInitial: true,
      depth: MAX_DEPTH,
      ignored: (target: string, stats?: Stats) => {
        if (target === dir) return false;
        if (skip.has(target)) return true;
        const name = path.basename(target);
        const isFile = stats ? stats.isFile() : name.includes('.');
        return isFile && !isWatchedFileName(name);
      },
    });
    this.watcher.on('add', (filePath) => this.seen('added', filePath));
    this.watcher.on('change', (filePath) => this.seen('changed', filePath));
    this.watcher.on('unlink', (filePath) => this.gone(filePath));
    this.ready = new Promise((resolve) => this.watcher.once('ready', () => resolve()));
  }

  /** The app wrote (stat) or removed (null) this file itself. */
  noteOwn(filePath: string, stat: Pick<Stats, 'ino' | 'size' | 'mtimeMs'> | null): void {
    this.own.set(filePath, stat ? statKey(stat) : null);
  }

  /** Resolves once the folder is being watched. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  close(): Promise<void> {
    return this.watcher.close();
  }

  private seen(kind: RecordChangeKind, filePath: string): void {
    if (!isWatchedFileName(path.basename(filePath))) return;
    let key: string;
    try {
      key = statKey(statSync(filePath));
    } catch {
      return; // Gone again already: its unlink event follows.
    }
    if (this.own.get(filePath) === key) return;
    this.own.delete(filePath);
    this.emit(kind, filePath);
  }

  private gone(filePath: string): void {
    if (!isWatchedFileName(path.basename(filePath))) return;
    if (this.own.has(filePath) && this.own.get(filePath) === null) {
      this.own.delete(filePath);
      return;
    }
    this.own.delete(filePath);
    this.emit('removed', filePath);
  }

  private emit(kind: RecordChangeKind, filePath: string): void {
    const record = path.relative(this.dir, filePath).split(path.sep).join('/').replace(/\.json$/, '');
    this.onChange({ kind, record, filePath });
  }
}

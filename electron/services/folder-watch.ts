import { readdirSync, statSync, watch, type FSWatcher, type Stats } from 'node:fs';
import path from 'node:path';
import { statKey } from './record-cache';
import { isWatchedFileName } from './record-names';
import { runSliced, type Steps } from './slices';

export type RecordChangeKind = 'added' | 'changed' | 'removed';

export interface RecordChange {
  kind: RecordChangeKind;
  /** The record as the app names it: "sessions/s-1" (or the conflict copy's name without .json). */
  record: string;
  filePath: string;
}

export interface FolderWatchOptions {
  /** Top-level folders that hold no records (the live journals, caches). */
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
 *
 * It watches folders, not files: one `fs.watch` per record folder names the
 * file that changed, and costs the same with ten sessions or ten thousand.
 * (chokidar, tried first, sets a watcher on every file: two seconds and a
 * 170 ms stall of the loop that owns the cues at 10,000 sessions.) A name
 * reported is only noted; the files are looked at in slices, since a bulk copy
 * (a restore, a sync engine's first pass) reports thousands in one go and
 * looking at each at once held the loop that owns the cues for seconds.
 */
export class FolderWatch {
  private readonly watchers = new Map<string, FSWatcher>();
  /** Record files known to exist, with the stat key last seen (null: present, not yet looked at). */
  private readonly known = new Map<string, string | null>();
  /** Our last write of each file (its stat key), or null after we removed it. */
  private readonly own = new Map<string, string | null>();
  private readonly skip: Set<string>;
  /** Files named by the watcher and not yet looked at, by path: a file named twice is looked at once, as it is by then. */
  private readonly pending = new Map<string, { folder: string; depth: number; name: string }>();
  private looking: Promise<void> | null = null;

  constructor(
    readonly dir: string,
    private readonly onChange: (change: RecordChange) => void,
    options: FolderWatchOptions = {},
  ) {
    this.skip = new Set((options.skip ?? []).map((folder) => path.join(dir, folder)));
    this.watchFolder(dir, 0, false);
  }

  /** The app wrote (stat) or removed (null) this file itself. */
  noteOwn(filePath: string, stat: Pick<Stats, 'ino' | 'size' | 'mtimeMs'> | null): void {
    this.own.set(filePath, stat ? statKey(stat) : null);
  }

  close(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    this.pending.clear();
  }

  /** Watches a folder and the folders in it; files found in a folder that appeared later are reported as added. */
  private watchFolder(folder: string, depth: number, appeared: boolean): void {
    if (this.watchers.has(folder) || depth > MAX_DEPTH || this.skip.has(folder)) return;
    let entries;
    try {
      const watcher = watch(folder, (_event, name) => {
        if (name) this.note(folder, depth, name.toString());
      });
      watcher.on('error', () => this.unwatch(folder));
      this.watchers.set(folder, watcher);
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      this.unwatch(folder);
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.')) this.watchFolder(full, depth + 1, appeared);
      else if (entry.isFile() && isWatchedFileName(entry.name)) {
        if (appeared) this.note(folder, depth, entry.name);
        else this.known.set(full, null);
      }
    }
  }

  private note(folder: string, depth: number, name: string): void {
    this.pending.set(path.join(folder, name), { folder, depth, name });
    this.looking ??= runSliced(this.lookAtPending()).finally(() => {
      this.looking = null;
    });
  }

  private *lookAtPending(): Steps<void> {
    for (;;) {
      const [next] = this.pending;
      if (!next) return;
      this.pending.delete(next[0]);
      this.seen(next[1].folder, next[1].depth, next[1].name);
      yield;
    }
  }

  private unwatch(folder: string): void {
    this.watchers.get(folder)?.close();
    this.watchers.delete(folder);
  }

  private seen(folder: string, depth: number, name: string): void {
    const full = path.join(folder, name);
    let stat: Stats | null;
    try {
      stat = statSync(full);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      if (!name.startsWith('.')) this.watchFolder(full, depth + 1, true);
      return;
    }
    if (!stat && this.watchers.has(full)) {
      this.unwatch(full);
      return;
    }
    if (!isWatchedFileName(name)) return;
    // A file being copied in is empty at first; its content comes with the next event (a sync engine renames whole files in).
    if (stat?.size === 0) return;
    const key = stat ? statKey(stat) : null;
    const own = this.own.get(full);
    const wasKnown = this.known.has(full);
    if (key === null) {
      this.known.delete(full);
      if (own === null) this.own.delete(full);
      else if (wasKnown) this.emit('removed', full);
      return;
    }
    if (this.known.get(full) === key) return; // The same version again (a write and its close).
    this.known.set(full, key);
    if (own === key) return;
    this.own.delete(full);
    this.emit(wasKnown ? 'changed' : 'added', full);
  }

  private emit(kind: RecordChangeKind, filePath: string): void {
    const record = path.relative(this.dir, filePath).split(path.sep).join('/').replace(/\.json$/, '');
    this.onChange({ kind, record, filePath });
  }
}

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFileSync as writeAtomically } from 'atomically';
import { statKey } from './record-cache';
import { FILE_MODE, makeFolder } from './record-names';
import { runNow, type Steps } from './slices';

export interface SummaryOptions<S> {
  folder: string;
  ids: readonly string[];
  cacheFile: string;
  /** Reads and summarises one record; undefined when it cannot be listed. Throws to mark it unreadable. */
  summarize: (id: string) => S | undefined;
  /** Whether a cached summary still has what is asked of it now; one that does not is made again. Every one, unless told. */
  fits?: (summary: unknown) => boolean;
  /** The cache file's text for its lines (encrypted when the records are); undefined: do not keep one now. */
  encode: (lines: string) => string | undefined;
  /** The cache file's lines; throws when it cannot be read, and the cache is rebuilt. */
  decode: (text: string) => string;
}

export interface Summaries<S> {
  summaries: S[];
  unreadable: string[];
}

/**
 * A short summary of every record in a folder (a client's name for the
 * list), kept in a cache file by each record file's stat, so a start reads
 * only the records that changed since: one stat per record instead of one
 * read and parse. Never the truth: a missing or unreadable cache is rebuilt
 * from the files. Written as steps (one record each), so ten thousand records
 * can be summarised in slices without holding the loop that owns the cues.
 */
export function* summarySteps<S>(options: SummaryOptions<S>): Steps<Summaries<S>> {
  // One JSON line per record, `[id, statKey, summary]`, read one line a step: at ten thousand sessions one
  // JSON document took a third of a second to parse and as long to write, all on the loop that owns the cues.
  let lines: string[] = [];
  try {
    lines = options.decode(readFileSync(options.cacheFile, 'utf8')).split('\n');
  } catch {
    // Rebuilt below.
  }
  const cached = new Map<string, { key: string; summary: S; line: string }>();
  for (const line of lines) {
    yield;
    try {
      const entry: unknown = JSON.parse(line);
      if (Array.isArray(entry) && entry.length === 3 && typeof entry[0] === 'string' && typeof entry[1] === 'string') {
        cached.set(entry[0], { key: entry[1], summary: entry[2] as S, line });
      }
    } catch {
      // A damaged line: its record is read again.
    }
  }
  const fresh: string[] = [];
  const summaries: S[] = [];
  const unreadable: string[] = [];
  let changed = cached.size !== options.ids.length;
  for (const id of options.ids) {
    yield;
    let key: string;
    try {
      key = statKey(statSync(path.join(options.folder, `${id}.json`)));
    } catch {
      continue;
    }
    const hit = cached.get(id);
    if (hit?.key === key && (options.fits?.(hit.summary) ?? true)) {
      fresh.push(hit.line);
      summaries.push(hit.summary);
      continue;
    }
    changed = true;
    try {
      const summary = options.summarize(id);
      if (summary !== undefined) {
        fresh.push(JSON.stringify([id, key, summary]));
        summaries.push(summary);
      }
    } catch {
      unreadable.push(id);
    }
  }
  const text = changed ? options.encode(fresh.join('\n')) : undefined;
  if (text !== undefined) {
    makeFolder(path.dirname(options.cacheFile));
    writeAtomically(options.cacheFile, text, { mode: FILE_MODE, fsync: false });
  }
  return { summaries, unreadable };
}

/** The summaries at once, for a folder small enough to read in one go. */
export function summariesOf<S>(options: SummaryOptions<S>): Summaries<S> {
  return runNow(summarySteps(options));
}

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
  /** The cache file's text for its JSON (encrypted when the records are); undefined: do not keep one now. */
  encode: (json: string) => string | undefined;
  /** The cache file's JSON value; throws when it cannot be read, and the cache is rebuilt. */
  decode: (text: string) => unknown;
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
  let cached: Record<string, [string, S]> = {};
  try {
    const stored = options.decode(readFileSync(options.cacheFile, 'utf8'));
    if (stored !== null && typeof stored === 'object' && !Array.isArray(stored)) cached = stored as Record<string, [string, S]>;
  } catch {
    // Rebuilt below.
  }
  const fresh: Record<string, [string, S]> = {};
  const summaries: S[] = [];
  const unreadable: string[] = [];
  let changed = Object.keys(cached).length !== options.ids.length;
  for (const id of options.ids) {
    yield;
    let key: string;
    try {
      key = statKey(statSync(path.join(options.folder, `${id}.json`)));
    } catch {
      continue;
    }
    const hit = cached[id];
    if (Array.isArray(hit) && hit[0] === key) {
      fresh[id] = hit;
      summaries.push(hit[1]);
      continue;
    }
    changed = true;
    try {
      const summary = options.summarize(id);
      if (summary !== undefined) {
        fresh[id] = [key, summary];
        summaries.push(summary);
        }
    } catch {
      unreadable.push(id);
    }
  }
  const text = changed ? options.encode(JSON.stringify(fresh)) : undefined;
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

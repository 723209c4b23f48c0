import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readJournal } from '../../electron/services/journal';
import { applyOps, type JournalOp } from '../../electron/services/journal-ops';

/**
 * A record as the bytes on disk hold it right now: its file plus the lines of
 * its live journal (plain JSON only), read with no help from the running app.
 * A journal counts only while its header names the file's current bytes; once
 * the file was rewritten (the journal folded in), a left-over journal is stale.
 */
export function onDisk(dataDir: string, record: string): { schemaVersion: number; record: Record<string, unknown> } {
  const text = readFileSync(path.join(dataDir, `${record}.json`), 'utf8');
  const envelope = JSON.parse(text);
  const journalPath = path.join(dataDir, 'journal', `${record}.jsonl`);
  if (!existsSync(journalPath)) return envelope;
  const journal = readJournal(journalPath, { encode: JSON.stringify, decode: (line) => JSON.parse(line) as JournalOp[] });
  const current = journal?.base === createHash('sha256').update(text).digest('hex');
  return journal && current ? { ...envelope, record: applyOps(envelope.record, journal.ops) as Record<string, unknown> } : envelope;
}

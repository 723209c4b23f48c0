import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readJournal } from '../../electron/services/journal';
import { applyOps, type JournalOp } from '../../electron/services/journal-ops';

/**
 * A record as the bytes on disk hold it right now: its file plus the lines of
 * its live journal (plain JSON only), read with no help from the running app.
 */
export function onDisk(dataDir: string, record: string): { schemaVersion: number; record: Record<string, unknown> } {
  const envelope = JSON.parse(readFileSync(path.join(dataDir, `${record}.json`), 'utf8'));
  const journalPath = path.join(dataDir, 'journal', `${record}.jsonl`);
  if (!existsSync(journalPath)) return envelope;
  const journal = readJournal(journalPath, { encode: JSON.stringify, decode: (text) => JSON.parse(text) as JournalOp[] });
  return journal ? { ...envelope, record: applyOps(envelope.record, journal.ops) as Record<string, unknown> } : envelope;
}

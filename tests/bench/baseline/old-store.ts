import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Store from 'conf';
import { z } from 'zod';
import { canonicalJson } from '../../../electron/services/canonical-json';
import { systemClock } from '../../../electron/services/clock';
import { DiskWriter } from '../../../electron/services/disk-writer';
import { Quarantine } from '../../../electron/services/quarantine';
import { RecordCodec } from '../../../electron/services/record-codec';
import type { RecordFile } from '../../../electron/services/record-store';
import type { Storage } from '../../../electron/services/storage';
import { createHash } from 'node:crypto';
import { OldRecordFile, type RecordContext } from './old-record-store';

/** Today's services on the store as it was before issue 14: for the bench's side-by-side figures only. */
export function oldStorage(dataDir: string): Storage {
  const context: RecordContext = {
    dataDir,
    codec: new RecordCodec(),
    migrations: {},
    disk: new DiskWriter(systemClock, () => undefined),
    quarantine: new Quarantine(path.join(path.dirname(dataDir), 'quarantine'), Date.now, () => undefined),
    beforeMigration: () => undefined,
  };
  return {
    dataDir,
    record: <T>(folder: string, name: string, schema: z.ZodType<T>) =>
      new OldRecordFile(path.join(dataDir, folder), name, schema, context) as unknown as RecordFile<T>,
    list: (folder) =>
      readdirSync(path.join(dataDir, folder))
        .filter((file) => file.endsWith('.json'))
        .map((file) => file.slice(0, -5))
        .sort(),
    // The old store knew nothing of sync engines' conflict copies.
    conflictCopies: () => [],
    hasAny: (folder) => readdirSync(path.join(dataDir, folder)).some((file) => file.endsWith('.json')),
    summaries(folder, summarize) {
      // The old store read every record at each start.
      const summaries = [];
      for (const id of this.list(folder)) {
        const summary = summarize(id);
        if (summary !== undefined) summaries.push(summary);
      }
      return { summaries, unreadable: [] };
    },
    *summarySteps(folder, summarize) {
      yield;
      return this.summaries(folder, summarize);
    },
    onRecordChange: () => () => undefined,
  };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : allFiles(full);
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

/** What "Back up now" did before issue 14, on the same loop and all at once: one JSON archive of every record. */
export function oldBackup(dataDir: string, backupsDir: string, name: string): void {
  const codec = new RecordCodec();
  const files: Record<string, unknown> = {};
  for (const filePath of allFiles(dataDir).sort()) {
    const relative = path.relative(dataDir, filePath).split(path.sep).join('/');
    files[relative] = codec.decode(readFileSync(filePath, 'utf8'), relative.replace(/\.json$/, ''));
  }
  const checksum = createHash('sha256').update(canonicalJson(files)).digest('hex');
  const archive = { format: 'stillpoint-archive', version: 1, createdAt: Date.now(), reason: 'manual', appVersion: 'baseline', files, checksum };
  new Store({ cwd: backupsDir, configName: name, clearInvalidConfig: false, watch: false }).store = archive;
}

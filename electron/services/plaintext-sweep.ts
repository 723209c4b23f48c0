import type { Archive } from '../../shared/contract/data-channels';
import type { BackupService } from './backup';
import { isEncryptedText, isSealedText } from './encryption';
import type { Quarantine } from './quarantine';
import { PLAIN_RECORDS, type RecordCodec } from './record-codec';

/**
 * With encryption on, no copy of a record stays readable without the key:
 * every backup taken before (plain, or in the old unbound form; content-addressed
 * or a single archive) is rewritten encrypted, in the backups' own line of jobs.
 * A backup that cannot be read is left as it is. `sealed` names the backups
 * already known to be sealed (a backup never changes once taken), so each is
 * read once per run.
 */
export function sealBackups(backups: BackupService, codec: RecordCodec, sealed: Set<string>): Promise<void> {
  if (!codec.sealing) return Promise.resolve();
  return backups.job(function* () {
    for (const backup of backups.list()) {
      if (sealed.has(backup.id)) continue;
      let files: Archive['files'];
      try {
        files = yield* backups.storedFiles(backup.id);
      } catch {
        continue;
      }
      const replaced: Archive['files'] = {};
      for (const [relative, content] of Object.entries(files)) {
        if (typeof content === 'string' && isSealedText(content)) continue;
        const record = relative.replace(/\.json$/, '');
        try {
          const value = typeof content === 'string' ? codec.decode(content, record) : content;
          const sealedCopy = codec.seal(JSON.stringify(value, null, '\t'), record);
          if (sealedCopy !== undefined) replaced[relative] = sealedCopy;
        } catch {
          // A copy that does not open is kept as it is; verification reports it.
        }
        yield;
      }
      if (Object.keys(replaced).length > 0) yield* backups.rewrite(backup.id, replaced);
      const after = { ...files, ...replaced };
      if (Object.entries(after).every(([relative, content]) => isSealedText(String(content)) || PLAIN_RECORDS.has(relative.replace(/\.json$/, '')))) sealed.add(backup.id);
    }
  });
}

/** Files set aside as damaged hold health details too: each plain one is encrypted where it lies. */
export function sealQuarantine(quarantine: Quarantine, codec: RecordCodec): void {
  if (!codec.sealing) return;
  for (const entry of quarantine.list()) {
    const text = quarantine.contentOf(entry);
    if (text === undefined || isEncryptedText(text)) continue;
    const sealed = codec.seal(text, entry.record);
    if (sealed !== undefined) quarantine.rewriteContent(entry, sealed);
  }
}

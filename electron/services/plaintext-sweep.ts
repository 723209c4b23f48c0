import type { Archive } from '../../shared/contract/data-channels';
import type { BackupService } from './backup';
import { isEncryptedText, isSealedText } from './encryption';
import type { Quarantine } from './quarantine';
import type { RecordCodec } from './record-codec';

/**
 * With encryption on, no copy of a record stays readable without the key:
 * every backup taken before (plain, or in the old unbound form) is rewritten
 * encrypted. A backup that cannot be read is left as it is. `sealed` names
 * the backups already known to be sealed (a backup never changes once taken),
 * so each is read once per run.
 */
export function sealBackups(backups: BackupService, codec: RecordCodec, sealed: Set<string>): void {
  if (!codec.sealing) return;
  for (const backup of backups.list()) {
    if (sealed.has(backup.id)) continue;
    let archive: Archive;
    try {
      archive = backups.read(backup.id);
    } catch {
      continue;
    }
    let changed = false;
    const files: Archive['files'] = {};
    for (const [relative, content] of Object.entries(archive.files)) {
      const record = relative.replace(/\.json$/, '');
      files[relative] = content;
      if (typeof content === 'string' && isSealedText(content)) continue;
      try {
        const value = typeof content === 'string' ? codec.decode(content, record) : content;
        const sealed = codec.seal(JSON.stringify(value, null, '\t'), record);
        if (sealed === undefined) continue;
        files[relative] = sealed;
        changed = true;
      } catch {
        // A copy that does not open is kept as it is; verification reports it.
      }
    }
    if (changed) backups.rewrite(backup.id, files);
    if (Object.values(files).every((content) => typeof content !== 'string' || isSealedText(content))) sealed.add(backup.id);
  }
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

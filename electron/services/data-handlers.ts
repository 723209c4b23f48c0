import { type Archive, type BackupInfo, type dataInvoke, type DamagedView } from '../../shared/contract/data-channels';
import { notFound, refused } from '../../shared/contract/errors';
import type { BackupService } from './backup';
import { checksumOf } from './backup';
import type { EncryptionSetting } from './encryption-setting';
import type { Handlers } from './handlers';
import { importProblems, importRefusal } from './import-check';
import type { LayoutProgress } from './layout-migration';
import type { DamagedRecord, Quarantine } from './quarantine';
import { PLAIN_RECORDS } from './record-codec';
import { describeRecord } from './record-kinds';
import type { SafeStorage } from './storage';

export interface DataDeps {
  storage: SafeStorage;
  backups: BackupService;
  encryption: EncryptionSetting;
  /** Tells the rest of the back end that the files changed under it (restore, import, records unlocked): every cache reloads. */
  afterFilesChanged(): void;
  /** How far the move to the new layout has come, while it runs. */
  migration(): LayoutProgress | null;
}

function latestCopy(backups: BackupService, quarantine: Quarantine, entry: DamagedRecord) {
  return backups.latestCopyOf(entry.record, quarantine.contentOf(entry));
}

export function damagedView(backups: BackupService | null, quarantine: Quarantine, entry: DamagedRecord): DamagedView {
  const latest = backups ? latestCopy(backups, quarantine, entry) : null;
  return { ...entry, name: describeRecord(entry.record, latest?.content), latestBackup: latest ? { id: latest.id, takenAt: latest.takenAt } : null };
}

/**
 * An export carries the encryption setting of the computer it came from; this
 * computer keeps its own (and its own recovery file), so an import never turns
 * encryption on without a key here, nor off behind the therapist's back.
 */
function withLocalSetting(encryption: EncryptionSetting, archive: Archive): Archive {
  const files: Archive['files'] = {};
  for (const [relative, content] of Object.entries(archive.files)) {
    if (!PLAIN_RECORDS.has(relative.replace(/\.json$/, ''))) files[relative] = content;
  }
  Object.assign(files, encryption.ownFiles());
  return { ...archive, files, checksum: checksumOf(files) };
}

export function dataHandlers({ storage, backups, encryption, afterFilesChanged, migration }: DataDeps): Handlers<keyof typeof dataInvoke> {
  const damaged = (id: string) => {
    const entry = storage.quarantine.get(id);
    if (!entry) throw notFound(`There is no set-aside record ${id}.`);
    return entry;
  };
  // A second press (or another window's) while a backup is being taken gets that backup, not one more of the same moment.
  let manualBackup: Promise<BackupInfo> | null = null;
  return {
    'data.status': () => ({
      disk: storage.disk.status(),
      encryption: encryption.status(),
      lastBackup: backups.list()[0] ?? null,
      damaged: storage.quarantine
        .list()
        .filter((entry) => entry.state === 'new')
        .map((entry) => damagedView(backups, storage.quarantine, entry)),
      migration: migration(),
    }),
    'data.backups.list': () => backups.list(),
    'data.backup.now': () =>
      (manualBackup ??= backups.take('manual').finally(() => {
        manualBackup = null;
      })),
    'data.backup.verify': ({ backupId }) => backups.verify(backupId),
    'data.backup.restore': async ({ backupId }) => {
      const result = await backups.restore(backupId);
      encryption.load();
      await encryption.unlock();
      afterFilesChanged();
      return result;
    },
    'data.export': () => backups.exportArchive(),
    'data.import': async ({ archive }) => {
      const problems = importProblems(archive, {
        migrations: storage.context.migrations,
        decode: (content, relative) => (typeof content === 'string' ? storage.context.codec.decode(content, relative.replace(/\.json$/, '')) : content),
      });
      if (problems.length > 0) throw refused(importRefusal(problems));
      const result = await backups.importArchive(withLocalSetting(encryption, archive));
      encryption.load();
      await encryption.unlock();
      afterFilesChanged();
      return result;
    },
    'data.damaged.restore': ({ damagedId }) => {
      const entry = damaged(damagedId);
      const latest = latestCopy(backups, storage.quarantine, entry);
      if (!latest) throw notFound(`No backup holds a readable copy of ${entry.record}.`);
      backups.restoreRecord(entry.record, latest.id);
      afterFilesChanged();
      return damagedView(backups, storage.quarantine, storage.quarantine.mark(entry.id, 'restored')!);
    },
    'data.damaged.dismiss': ({ damagedId }) => damagedView(backups, storage.quarantine, storage.quarantine.mark(damaged(damagedId).id, 'dismissed')!),
    'data.encryption.set': ({ enabled, passphrase }) => encryption.set(enabled, passphrase),
    'data.encryption.unlock': async ({ passphrase }) => {
      const status = await encryption.unlockWith(passphrase);
      afterFilesChanged();
      return status;
    },
    'data.recovery.set': ({ passphrase }) => encryption.setRecovery(passphrase),
    'data.retry': () => {
      storage.disk.retryNow();
      return storage.disk.status();
    },
  };
}

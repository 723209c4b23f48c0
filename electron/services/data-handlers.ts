import type { dataInvoke, DamagedView } from '../../shared/contract/data-channels';
import { notFound } from '../../shared/contract/errors';
import type { BackupService } from './backup';
import type { EncryptionSetting } from './encryption-setting';
import type { Handlers } from './handlers';
import type { DamagedRecord, Quarantine } from './quarantine';
import type { SafeStorage } from './storage';

export interface DataDeps {
  storage: SafeStorage;
  backups: BackupService;
  encryption: EncryptionSetting;
  /** Tells the rest of the back end that the files changed under it (restore, import). */
  afterRestore(): void;
}

function latestCopy(backups: BackupService, quarantine: Quarantine, entry: DamagedRecord) {
  return backups.latestCopyOf(entry.record, quarantine.contentOf(entry));
}

export function damagedView(backups: BackupService, quarantine: Quarantine, entry: DamagedRecord): DamagedView {
  const latest = latestCopy(backups, quarantine, entry);
  return { ...entry, latestBackup: latest ? { id: latest.id, takenAt: latest.takenAt } : null };
}

export function dataHandlers({ storage, backups, encryption, afterRestore }: DataDeps): Handlers<keyof typeof dataInvoke> {
  const damaged = (id: string) => {
    const entry = storage.quarantine.get(id);
    if (!entry) throw notFound(`There is no set-aside record ${id}.`);
    return entry;
  };
  return {
    'data.status': () => ({
      disk: storage.disk.status(),
      encryption: encryption.status(),
      lastBackup: backups.list()[0] ?? null,
      damaged: storage.quarantine
        .list()
        .filter((entry) => entry.state === 'new')
        .map((entry) => damagedView(backups, storage.quarantine, entry)),
    }),
    'data.backups.list': () => backups.list(),
    'data.backup.now': () => backups.take('manual'),
    'data.backup.verify': ({ backupId }) => backups.verify(backupId),
    'data.backup.restore': async ({ backupId }) => {
      const result = await backups.restore(backupId);
      encryption.load();
      await encryption.unlock();
      afterRestore();
      return result;
    },
    'data.export': () => backups.exportArchive(),
    'data.import': async ({ archive }) => {
      const result = await backups.importArchive(archive);
      encryption.load();
      await encryption.unlock();
      afterRestore();
      return result;
    },
    'data.damaged.restore': ({ damagedId }) => {
      const entry = damaged(damagedId);
      const latest = latestCopy(backups, storage.quarantine, entry);
      if (!latest) throw notFound(`No backup holds a readable copy of ${entry.record}.`);
      backups.restoreRecord(entry.record, latest.id);
      afterRestore();
      return damagedView(backups, storage.quarantine, storage.quarantine.mark(entry.id, 'restored')!);
    },
    'data.damaged.dismiss': ({ damagedId }) => damagedView(backups, storage.quarantine, storage.quarantine.mark(damaged(damagedId).id, 'dismissed')!),
    'data.encryption.set': ({ enabled }) => encryption.set(enabled),
    'data.retry': () => {
      storage.disk.retryNow();
      return storage.disk.status();
    },
  };
}

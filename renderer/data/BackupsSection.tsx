import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../shared/contract/data-channels';
import { useBridge } from '../bridge/BridgeContext';
import { errorText, reasonLabel, size, when } from './format';
import { RestoreDialog } from './RestoreDialog';

interface Props {
  onChanged(): void;
  say(message: string): void;
}

/** Back up now, the list of backups, and checking or restoring one. */
export function BackupsSection({ onChanged, say }: Props) {
  const bridge = useBridge();
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [backingUp, setBackingUp] = useState(false);
  const load = useCallback(() => {
    bridge.invoke('data.backups.list', {}).then(setBackups, (error: unknown) => say(errorText(error)));
  }, [bridge, say]);
  useEffect(load, [load]);

  async function backUpNow() {
    if (backingUp) return;
    setBackingUp(true);
    try {
      const backup = await bridge.invoke('data.backup.now', {});
      say(`Backed up at ${when(backup.takenAt)}.`);
      load();
      onChanged();
    } catch (error) {
      say(errorText(error));
    } finally {
      setBackingUp(false);
    }
  }

  async function verify(backup: BackupInfo) {
    try {
      const result = await bridge.invoke('data.backup.verify', { backupId: backup.id });
      say(
        result.ok
          ? `The backup of ${when(backup.takenAt)} is sound: ${result.files} records checked.`
          : `The backup of ${when(backup.takenAt)} has problems: ${result.problems.join(' ')}`,
      );
    } catch (error) {
      say(errorText(error));
    }
  }

  async function restore(backup: BackupInfo) {
    setRestoring(null);
    try {
      const result = await bridge.invoke('data.backup.restore', { backupId: backup.id, confirm: true });
      say(
        result.verification.ok
          ? `Restored ${result.restored} records from ${when(backup.takenAt)}; every file was read back and matches the backup.`
          : `Restored, but the check found problems: ${result.verification.problems.join(' ')}`,
      );
      load();
      onChanged();
    } catch (error) {
      say(errorText(error));
    }
  }

  return (
    <section className="data-section" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p>Stillpoint backs up every day and before updates, and keeps the last 14 of each.</p>
      <button type="button" className="data-button data-button--primary" aria-disabled={backingUp} onClick={() => void backUpNow()}>
        {backingUp ? 'Backing up…' : 'Back up now'}
      </button>
      {backups.length === 0 ? (
        <p>No backups yet.</p>
      ) : (
        <ul className="data-list" aria-label="Backups">
          {backups.map((backup) => (
            <li key={backup.id} className="data-list__item">
              <span>
                <strong>{when(backup.takenAt)}</strong> · {reasonLabel(backup.reason)} · {size(backup.bytes)}
              </span>
              <span className="data-list__actions">
                <button type="button" className="data-button" onClick={() => void verify(backup)}>
                  Check
                </button>
                <button type="button" className="data-button" onClick={() => setRestoring(backup)}>
                  Restore…
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {restoring ? <RestoreDialog backup={restoring} onConfirm={() => void restore(restoring)} onCancel={() => setRestoring(null)} /> : null}
    </section>
  );
}

import { useState } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { ClinicKeyLock } from './ClinicKeyLock';
import { errorText, when } from './format';
import { useDataStatus } from './useDataStatus';
import './data.css';

/** "The plan 'Deep work'" inside a sentence: "Restore the plan 'Deep work'". */
const midSentence = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * Shown over every screen: a record that was damaged and set aside (with the
 * backup that can bring it back), a disk that refuses to save, records that
 * are locked (another room's clinic key, or a locked keychain), and an older
 * data folder being moved to the new layout (the room works meanwhile).
 */
export function DataAlerts() {
  const bridge = useBridge();
  const { status, refresh } = useDataStatus();
  const [message, setMessage] = useState<string | null>(null);
  if (!status) return null;
  const act = (work: Promise<unknown>, done: string) =>
    work.then(
      () => {
        setMessage(done);
        refresh();
      },
      (error: unknown) => setMessage(errorText(error)),
    );
  const damaged = status.damaged.filter((entry) => entry.state === 'new');
  const migration = status.migration;
  if (damaged.length === 0 && status.disk.state === 'ok' && !status.encryption.locked && !migration && !message) return null;
  return (
    <section className="data-alerts" aria-label="Data safety">
      {migration ? (
        <p role="status" className="data-alerts__migration">
          Moving your records to the new format: {migration.done.toLocaleString('en')} of {migration.total.toLocaleString('en')}. You can start and run
          sessions meanwhile.
        </p>
      ) : null}
      {status.disk.state === 'retrying' ? (
        <p role="alert" className="data-alerts__disk">
          {status.disk.message}
        </p>
      ) : null}
      {status.encryption.locked ? (
        <ClinicKeyLock
          status={status.encryption}
          onUnlocked={() => {
            setMessage('The records are open; this computer keeps the clinic key from now on.');
            refresh();
          }}
        />
      ) : null}
      {damaged.map((entry) => {
        const name = midSentence(entry.name);
        return (
          <div key={entry.id} role="alert" className="data-alerts__item">
            <p>
              <strong>{entry.name}</strong> was damaged and set aside ({entry.reason}).{' '}
              {entry.latestBackup ? `Restore it from the backup of ${when(entry.latestBackup.takenAt)}?` : 'No backup holds a good copy.'}
            </p>
            <div className="data-alerts__actions">
              {entry.latestBackup ? (
                <button
                  type="button"
                  className="data-button data-button--primary"
                  onClick={() => void act(bridge.invoke('data.damaged.restore', { damagedId: entry.id }), `${entry.name} was restored.`)}
                >
                  Restore {name}
                </button>
              ) : null}
              <button
                type="button"
                className="data-button"
                aria-label={`Leave ${name} set aside`}
                onClick={() => void act(bridge.invoke('data.damaged.dismiss', { damagedId: entry.id }), `${entry.name} stays set aside.`)}
              >
                Leave it set aside
              </button>
            </div>
          </div>
        );
      })}
      {message ? (
        <p role="status" className="data-alerts__message">
          {message}{' '}
          <button type="button" className="data-button" onClick={() => setMessage(null)}>
            Close
          </button>
        </p>
      ) : null}
    </section>
  );
}

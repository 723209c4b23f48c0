import { useState } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { errorText, when } from './format';
import { useDataStatus } from './useDataStatus';
import './data.css';

const count = new Intl.NumberFormat('en');

/**
 * Shown over every screen: a record that was damaged and set aside (with the
 * backup that can bring it back), a disk that refuses to save, and an older
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
  if (damaged.length === 0 && status.disk.state === 'ok' && !migration && !message) return null;
  return (
    <section className="data-alerts" aria-label="Data safety">
      {migration ? (
        <p role="status" className="data-alerts__migration">
          Moving your records to the new format: {count.format(migration.done)} of {count.format(migration.total)}. You can start and run
          sessions meanwhile.
        </p>
      ) : null}
      {status.disk.state === 'retrying' ? (
        <p role="alert" className="data-alerts__disk">
          {status.disk.message}
        </p>
      ) : null}
      {damaged.map((entry) => (
        <div key={entry.id} role="alert" className="data-alerts__item">
          <p>
            Record <strong>{entry.record}</strong> was damaged and set aside ({entry.reason}).{' '}
            {entry.latestBackup ? `Restore it from the backup of ${when(entry.latestBackup.takenAt)}?` : 'No backup holds a good copy.'}
          </p>
          <div className="data-alerts__actions">
            {entry.latestBackup ? (
              <button
                type="button"
                className="data-button data-button--primary"
                onClick={() => void act(bridge.invoke('data.damaged.restore', { damagedId: entry.id }), `${entry.record} was restored.`)}
              >
                Restore {entry.record}
              </button>
            ) : null}
            <button
              type="button"
              className="data-button"
              onClick={() => void act(bridge.invoke('data.damaged.dismiss', { damagedId: entry.id }), `${entry.record} stays set aside.`)}
            >
              Leave it set aside
            </button>
          </div>
        </div>
      ))}
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

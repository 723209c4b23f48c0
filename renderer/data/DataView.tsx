import { useCallback, useState } from 'react';
import { BackupsSection } from './BackupsSection';
import { EncryptionSection } from './EncryptionSection';
import { TransferSection } from './TransferSection';
import { useDataStatus } from './useDataStatus';
import './data.css';

/** The Data screen: backups, restore, export and import, encryption. */
export function DataView() {
  const { status, refresh } = useDataStatus();
  const [message, setMessage] = useState<string | null>(null);
  const say = useCallback((text: string) => setMessage(text), []);
  return (
    <div className="data-view">
      <h1>Your data</h1>
      <p>Everything stays on this computer. Nothing is sent anywhere unless you export it.</p>
      <p role="status" aria-live="polite" className="data-view__message">
        {message}
      </p>
      <BackupsSection onChanged={refresh} say={say} />
      <TransferSection onChanged={refresh} say={say} />
      {status ? (
        <EncryptionSection status={status.encryption} onChanged={refresh} say={say} />
      ) : null}
    </div>
  );
}

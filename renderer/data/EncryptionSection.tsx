import { useState } from 'react';
import { bridge } from '../bridge/bridge';
import { errorText } from './format';

interface Props {
  enabled: boolean;
  available: boolean;
  onChanged(): void;
  say(message: string): void;
}

/** Encryption at rest: the key stays in the computer's keychain. */
export function EncryptionSection({ enabled, available, onChanged, say }: Props) {
  const [busy, setBusy] = useState(false);
  async function toggle(next: boolean) {
    setBusy(true);
    try {
      await bridge.invoke('data.encryption.set', { enabled: next });
      say(next ? 'Records are now encrypted on this computer. A backup was taken first.' : 'Records are now stored unencrypted. A backup was taken first.');
      onChanged();
    } catch (error) {
      say(errorText(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="data-section" aria-labelledby="encryption-heading">
      <h2 id="encryption-heading">Encryption at rest</h2>
      <label className="data-toggle">
        <input type="checkbox" checked={enabled} disabled={!available || busy} onChange={(event) => void toggle(event.currentTarget.checked)} />
        Encrypt client and session records on this computer
      </label>
      <p>
        {available
          ? 'The key is kept in this computer’s keychain. Backups stay encrypted; exports are readable, so keep them safe.'
          : 'Not available here: encryption needs the desktop app and the system keychain.'}
      </p>
    </section>
  );
}

import { useState } from 'react';
import type { EncryptionStatus } from '../../shared/contract/data-channels';
import { useBridge } from '../bridge/BridgeContext';
import { errorText } from './format';
import { PassphraseForm } from './PassphraseForm';

interface Props {
  status: EncryptionStatus;
  onChanged(): void;
  say(message: string): void;
}

/** Exactly what is and is not encrypted, for each state the setting can be in. */
function explanation({ enabled, available, locked }: EncryptionStatus): string {
  if (locked) {
    return available
      ? 'Your records are encrypted and locked: Stillpoint could not open their key in this computer’s keychain. Until they are unlocked, no client or session can be opened or saved.'
      : 'Your records are encrypted and locked: this browser mode has no keychain to open them. Open Stillpoint’s desktop app on the computer that encrypted them.';
  }
  if (!available) return 'Not available here: encryption needs the desktop app and the system keychain. Records are stored unencrypted.';
  if (enabled) {
    return (
      'Encrypted on this computer, with a key kept in its keychain: every client and session record, plans and settings, every backup, ' +
      'and every damaged file set aside. Not encrypted: the encryption setting and the recovery file (they hold no client details), ' +
      'and the exports you save, which are readable on purpose: keep them safe.'
    );
  }
  return (
    'Records, backups and set-aside files are stored unencrypted. Turning encryption on encrypts all of them, including the backups already here; ' +
    'backups made while it was on stay encrypted if you turn it off again. Exports are never encrypted.'
  );
}

/** Encryption at rest: the key stays in the computer's keychain; a recovery passphrase opens it anywhere. */
export function EncryptionSection({ status, onChanged, say }: Props) {
  const bridge = useBridge();
  const [busy, setBusy] = useState(false);

  async function attempt(run: () => Promise<unknown>, success: string): Promise<boolean> {
    setBusy(true);
    try {
      await run();
      say(success);
      onChanged();
      return true;
    } catch (error) {
      say(errorText(error));
      return false;
    } finally {
      setBusy(false);
    }
  }

  const toggle = (next: boolean) =>
    attempt(
      () => bridge.invoke('data.encryption.set', { enabled: next }),
      next
        ? 'Records, backups and set-aside files are now encrypted on this computer; a backup was taken first, encrypted too. Now set a recovery passphrase below: without it, losing this computer’s keychain loses your records.'
        : 'Records are now stored unencrypted; a backup was taken first. Backups made while encryption was on stay encrypted.',
    );

  return (
    <section className="data-section" aria-labelledby="encryption-heading">
      <h2 id="encryption-heading">Encryption at rest</h2>
      <label className="data-toggle">
        <input
          type="checkbox"
          checked={status.enabled}
          disabled={!status.available || status.locked || busy}
          onChange={(event) => void toggle(event.currentTarget.checked)}
        />
        Encrypt client and session records on this computer
      </label>
      <p role={status.locked ? 'alert' : undefined}>{explanation(status)}</p>
      {status.locked && status.available ? (
        <>
          <button
            type="button"
            className="data-button"
            disabled={busy}
            onClick={() => void attempt(() => bridge.invoke('data.encryption.unlock', {}), 'The records are unlocked.')}
          >
            Try the keychain again
          </button>
          {status.recovery ? (
            <>
              <h3>Unlock with your recovery passphrase</h3>
              <p>On a new computer, or when the keychain lost the key, the passphrase you chose opens the records and keeps the key in this computer’s keychain.</p>
              <PassphraseForm
                action="Unlock with the passphrase"
                confirm={false}
                busy={busy}
                onSubmit={(passphrase) => attempt(() => bridge.invoke('data.encryption.unlock', { passphrase }), 'The records are unlocked with your recovery passphrase.')}
              />
            </>
          ) : (
            <p>No recovery passphrase was set for these records, so only the keychain of the computer that encrypted them can open them.</p>
          )}
        </>
      ) : null}
      {status.enabled && !status.locked ? (
        <>
          <h3>Recovery passphrase</h3>
          <p>
            {status.recovery
              ? 'A recovery passphrase is set: with it, these records (and their backups) open on another computer. You can change it here.'
              : 'No recovery passphrase yet. If this computer’s keychain is lost, so are your records. Choose at least 12 characters (a few unrelated words work well) and write it down somewhere safe.'}
          </p>
          <PassphraseForm
            action={status.recovery ? 'Change the recovery passphrase' : 'Set the recovery passphrase'}
            confirm
            busy={busy}
            onSubmit={(passphrase) => attempt(() => bridge.invoke('data.recovery.set', { passphrase }), 'The recovery passphrase is set. Keep it somewhere safe, away from this computer.')}
          />
        </>
      ) : null}
    </section>
  );
}

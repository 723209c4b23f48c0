import { useId, useState } from 'react';
import type { EncryptionStatus } from '../../shared/contract/data-channels';
import { useBridge } from '../bridge/BridgeContext';
import { useAttempt } from '../forms/useAttempt';
import { PassphraseForm } from './PassphraseForm';

interface Props {
  status: EncryptionStatus;
  onChanged(): void;
  say(message: string): void;
}

/** Exactly what is and is not encrypted, for each state the setting can be in. */
function explanation({ enabled, available, locked, otherRoom }: EncryptionStatus): string {
  if (locked && otherRoom) return `The records from ${otherRoom} are locked: they are encrypted with the clinic’s key, which this room does not hold yet. Enter the clinic passphrase in the notice at the top of the screen.`;
  if (locked) {
    return available
      ? 'Your records are encrypted and locked: Stillpoint could not open their key in this computer’s keychain. Until they are unlocked, no client or session can be opened or saved.'
      : 'Your records are encrypted and locked: this browser mode has no keychain to open them. Open Stillpoint’s desktop app on the computer that encrypted them.';
  }
  if (!available) return 'Not available here: encryption needs the desktop app and the system keychain. Records are stored unencrypted.';
  if (enabled) {
    return (
      'Encrypted on this computer, with the clinic’s key kept in its keychain: every client and session record, plans and settings, every backup, ' +
      'and every damaged file set aside. Not encrypted: the encryption setting and the clinic key file (the key is wrapped with the clinic passphrase; ' +
      'they hold no client details), and the exports you save, which are readable on purpose: keep them safe.'
    );
  }
  return (
    'Records, backups and set-aside files are stored unencrypted. Turning encryption on encrypts all of them, including the backups already here; ' +
    'backups made while it was on stay encrypted if you turn it off again. Exports are never encrypted.'
  );
}

/** Encryption at rest: one key for the whole clinic, kept in each computer's keychain and wrapped with the clinic passphrase. */
export function EncryptionSection({ status, onChanged, say }: Props) {
  const bridge = useBridge();
  const { busy, attempt: run } = useAttempt();
  const [turningOn, setTurningOn] = useState(false);
  // What the setting stands at, and why the box cannot be ticked when it cannot: read out with the box.
  const reasonId = useId();

  async function attempt(work: () => Promise<unknown>, success: string): Promise<boolean> {
    const outcome = await run(work);
    say(outcome.ok ? success : outcome.message);
    if (outcome.ok) onChanged();
    return outcome.ok;
  }

  const turnOn = async (passphrase: string) => {
    const done = await attempt(
      () => bridge.invoke('data.encryption.set', { enabled: true, passphrase }),
      'Records, backups and set-aside files are now encrypted; a backup was taken first, encrypted too. Every room of the clinic opens them with the clinic passphrase: keep it somewhere safe, away from this computer.',
    );
    if (done) setTurningOn(false);
    return done;
  };
  const turnOff = () =>
    attempt(
      () => bridge.invoke('data.encryption.set', { enabled: false }),
      'Records are now stored unencrypted; a backup was taken first. Backups made while encryption was on stay encrypted.',
    );

  return (
    <section className="data-section" aria-labelledby="encryption-heading">
      <h2 id="encryption-heading">Encryption at rest</h2>
      <label className="data-toggle">
        <input
          type="checkbox"
          checked={status.enabled || turningOn}
          disabled={!status.available || status.locked || busy}
          aria-describedby={reasonId}
          onChange={(event) => (event.currentTarget.checked ? setTurningOn(true) : turningOn ? setTurningOn(false) : void turnOff())}
        />
        Encrypt client and session records on this computer
      </label>
      <p id={reasonId} role={status.locked ? 'alert' : undefined}>
        {explanation(status)}
      </p>
      {turningOn && !status.enabled ? (
        <>
          <h3>{status.recovery ? 'Enter the clinic passphrase' : 'Choose the clinic passphrase'}</h3>
          <p>
            {status.recovery
              ? 'This clinic’s records already have a key, wrapped with the clinic passphrase another room chose. Enter it to use the same key here.'
              : 'Every room of the clinic, and a new computer after this one is lost, opens the records with this passphrase. Choose at least 12 characters (a few unrelated words work well) and write it down somewhere safe: without it, losing this computer’s keychain loses your records.'}
          </p>
          <PassphraseForm action="Turn encryption on" confirm={!status.recovery} busy={busy} onSubmit={turnOn} />
          <button type="button" className="data-button" disabled={busy} onClick={() => setTurningOn(false)}>
            Keep encryption off
          </button>
        </>
      ) : null}
      {status.locked && status.available && !status.otherRoom ? (
        <button
          type="button"
          className="data-button"
          disabled={busy}
          onClick={() => void attempt(() => bridge.invoke('data.encryption.unlock', {}), 'The records are unlocked.')}
        >
          Try the keychain again
        </button>
      ) : null}
      {status.enabled && !status.locked ? (
        <>
          <h3>Clinic passphrase</h3>
          <p>
            {status.recovery
              ? 'The clinic passphrase is set: with it, another room or a new computer opens these records (and their backups). Changing it keeps the same key, so rooms that already joined keep working; a room joining later needs the new one.'
              : 'No clinic passphrase yet. Other rooms cannot open these records, and if this computer’s keychain is lost, so are your records. Choose at least 12 characters (a few unrelated words work well) and write it down somewhere safe.'}
          </p>
          <PassphraseForm
            action={status.recovery ? 'Change the clinic passphrase' : 'Set the clinic passphrase'}
            label={status.recovery ? 'New clinic passphrase' : 'Clinic passphrase'}
            confirm
            busy={busy}
            onSubmit={(passphrase) => attempt(() => bridge.invoke('data.recovery.set', { passphrase }), 'The clinic passphrase is set. Keep it somewhere safe, away from this computer.')}
          />
        </>
      ) : null}
    </section>
  );
}

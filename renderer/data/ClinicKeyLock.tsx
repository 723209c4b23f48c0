import { useState } from 'react';
import type { EncryptionStatus } from '../../shared/contract/data-channels';
import { useBridge } from '../bridge/BridgeContext';
import { useAttempt } from '../forms/useAttempt';
import { PassphraseForm } from './PassphraseForm';

interface Props {
  status: EncryptionStatus;
  onUnlocked(): void;
}

/**
 * Over every screen while the records are locked: a room that has not been
 * given the clinic key yet (another room encrypted the records) enters the
 * clinic passphrase here, once; this computer then keeps the key.
 */
export function ClinicKeyLock({ status, onUnlocked }: Props) {
  const bridge = useBridge();
  const { busy, attempt } = useAttempt();
  const [problem, setProblem] = useState<string | null>(null);
  const from = status.otherRoom;

  async function unlock(passphrase: string): Promise<boolean> {
    setProblem(null);
    const outcome = await attempt(() => bridge.invoke('data.encryption.unlock', { passphrase }));
    if (outcome.ok) onUnlocked();
    else setProblem(outcome.message);
    return outcome.ok;
  }

  return (
    <section className="data-alerts__item" aria-labelledby="clinic-lock-title">
      <h2 id="clinic-lock-title">{from ? `The records from ${from} are locked` : 'The records are locked'}</h2>
      <p>
        {from
          ? `${from} encrypted the clinic’s records with the clinic’s key, and this room does not hold it yet. Enter the clinic passphrase once: this computer then keeps the key in its keychain and does not ask again. Until then no client or session can be opened or saved in this room; nothing is changed or lost.`
          : 'Stillpoint could not open the key in this computer’s keychain. Unlock the keychain and restart Stillpoint, or enter the clinic passphrase. Until then no client or session can be opened or saved; nothing is changed or lost.'}
      </p>
      {!status.available ? (
        <p>This browser mode has no keychain to keep the clinic key. Open Stillpoint’s desktop app on this computer and enter the clinic passphrase there.</p>
      ) : status.recovery ? (
        <PassphraseForm action="Open the records" confirm={false} busy={busy} onSubmit={unlock} />
      ) : (
        <p>No clinic passphrase was set for these records, so only the keychain of the computer that encrypted them can open them.</p>
      )}
      {problem ? <p role="alert">{problem}</p> : null}
      <p>
        Forgotten the passphrase? It is the same in every room: ask whoever turned encryption on{from ? ` in ${from}` : ''}, or look where the clinic
        keeps it written down. Stillpoint cannot recover it; meanwhile the records stay safe and unchanged in every room.
      </p>
    </section>
  );
}

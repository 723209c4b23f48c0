import { useId, useState, type FormEvent } from 'react';
import { DEFAULT_SYNCTHING_ADDRESS, lastChangeSentence, syncthingSentence } from '../../shared/sync/syncthing-state';
import { useAttempt } from '../forms/useAttempt';
import { useSyncthingStatus } from './useSyncthingStatus';

/**
 * Whether this room is in step with the others: the local Syncthing's address
 * and API key, then its state for this data folder, kept up to date.
 */
export function SyncthingSection() {
  const id = useId();
  const { status, connect, forget } = useSyncthingStatus();
  const [address, setAddress] = useState<string | null>(null);
  const [apiKey, setApiKey] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, attempt } = useAttempt();

  async function run(work: () => Promise<unknown>): Promise<void> {
    setProblem(null);
    const outcome = await attempt(work);
    if (outcome.ok) {
      setApiKey('');
      setAddress(null);
    } else setProblem(outcome.message);
  }

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(() => connect(address ?? status?.address ?? DEFAULT_SYNCTHING_ADDRESS, apiKey));
  };

  return (
    <section className="settings-view__syncthing" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Syncthing on this computer</h3>
      <p role="status" aria-label="Syncthing’s state for this data folder">
        {status ? syncthingSentence(status, status.folderPath) : 'Asking…'} {status ? lastChangeSentence(status) : null}
      </p>
      <form onSubmit={save}>
        <label>
          Syncthing’s address
          <input value={address ?? status?.address ?? DEFAULT_SYNCTHING_ADDRESS} maxLength={200} onChange={(event) => setAddress(event.target.value)} />
        </label>
        <label>
          Syncthing’s API key (Actions → Settings → GUI → API Key)
          <input type="password" autoComplete="off" value={apiKey} maxLength={200} onChange={(event) => setApiKey(event.target.value)} />
        </label>
        {problem ? (
          <p role="alert" className="form-error">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="small-button" disabled={busy || apiKey.trim() === ''}>
          Show Syncthing’s state
        </button>
        {status?.address ? (
          <button type="button" className="small-button" disabled={busy} onClick={() => void run(forget)}>
            Stop asking Syncthing
          </button>
        ) : null}
      </form>
      <p>
        The API key stays on this computer: it is kept beside the data folder (never synced to the other rooms, never in a backup or an export),
        readable only by you, and encrypted with the clinic’s key while encryption is on.
      </p>
    </section>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { SyncthingStatus } from '../../shared/contract/syncthing-channels';
import { DEFAULT_SYNCTHING_ADDRESS, lastChangeSentence, syncthingSentence } from '../../shared/sync/syncthing-state';
import { useAttempt } from '../forms/useAttempt';
import { useTakesLostFocus } from '../forms/useTakesLostFocus';
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
  // Why the last attempt was refused, with the state shown when it was: the area says one thing at a time, so the
  // refusal takes the state's place, and the next state to arrive takes it back.
  const [problem, setProblem] = useState<{ message: string; over: SyncthingStatus | null } | null>(null);
  const refusal = problem && problem.over === status ? problem.message : null;
  const { busy, attempt } = useAttempt();
  // Stop asking Syncthing goes with what it stopped: the section's heading takes the focus it had.
  const [stopped, setStopped] = useState(0);
  const heading = useTakesLostFocus<HTMLHeadingElement>(stopped);

  async function run(work: () => Promise<unknown>): Promise<void> {
    const shown = status;
    setProblem(null);
    const outcome = await attempt(work);
    if (outcome.ok) {
      setApiKey('');
      setAddress(null);
    } else setProblem({ message: outcome.message, over: shown });
  }

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(() => connect(address ?? status?.address ?? DEFAULT_SYNCTHING_ADDRESS, apiKey));
  };

  return (
    <section className="settings-view__syncthing" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={stopped > 0 ? heading : undefined} tabIndex={-1}>
        Syncthing on this computer
      </h3>
      {refusal ? (
        <p role="alert" className="form-error">
          {refusal}
        </p>
      ) : (
        <p role="status" aria-label="Syncthing’s state for this data folder">
          {status ? syncthingSentence(status, status.folderPath) : 'Asking…'} {status ? lastChangeSentence(status) : null}
        </p>
      )}
      <form onSubmit={save}>
        <label>
          Syncthing’s address
          <input value={address ?? status?.address ?? DEFAULT_SYNCTHING_ADDRESS} maxLength={200} onChange={(event) => setAddress(event.target.value)} />
        </label>
        <label>
          Syncthing’s API key (Actions → Settings → GUI → API Key)
          <input type="password" autoComplete="off" value={apiKey} maxLength={200} onChange={(event) => setApiKey(event.target.value)} />
        </label>
        <button type="submit" className="small-button" disabled={busy || apiKey.trim() === ''}>
          Show Syncthing’s state
        </button>
        {status?.address ? (
          <button type="button" className="small-button" disabled={busy} onClick={() => void run(forget).then(() => setStopped((n) => n + 1))}>
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

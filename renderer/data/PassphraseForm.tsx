import { useId, useState, type FormEvent } from 'react';

interface Props {
  /** The button's words: "Set the clinic passphrase", "Unlock with the passphrase". */
  action: string;
  /** The field's name; "Clinic passphrase" unless said. */
  label?: string;
  /** Asks for the passphrase twice, so a typo is not what gets kept. */
  confirm: boolean;
  busy: boolean;
  onSubmit(passphrase: string): Promise<boolean>;
}

/** One passphrase (typed twice when it is being chosen), cleared once it was accepted. */
export function PassphraseForm({ action, label = 'Clinic passphrase', confirm, busy, onSubmit }: Props) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (confirm && passphrase !== again) return setProblem('The two passphrases are not the same. Type them again.');
    setProblem(null);
    if (await onSubmit(passphrase)) {
      setPassphrase('');
      setAgain('');
    }
  }

  return (
    <form className="data-passphrase" onSubmit={(event) => void submit(event)}>
      <p>
        <label htmlFor={`${id}-passphrase`}>{label}</label>
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete={confirm ? 'new-password' : 'current-password'}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
        />
      </p>
      {confirm ? (
        <p>
          <label htmlFor={`${id}-again`}>The same passphrase again</label>
          <input id={`${id}-again`} type="password" autoComplete="new-password" value={again} onChange={(event) => setAgain(event.currentTarget.value)} />
        </p>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
      <button type="submit" className="data-button" disabled={busy || passphrase === ''}>
        {action}
      </button>
    </form>
  );
}

import { useState } from 'react';
import { decisionLabels, type ScreeningDecision } from '../../shared/screening/intake';
import { decisionProblem, needsAcknowledgement, screeningFlags } from '../../shared/screening/rules';
import type { Session } from '../../shared/session/session';
import { bridge } from '../bridge/bridge';
import { messageOf } from '../bridge/errors';

interface Props {
  session: Session;
  onSession(session: Session): void;
}

const decisions: ScreeningDecision[] = ['modify', 'postpone', 'proceed'];

/** The screening flags, held on screen until the therapist records a decision. */
export function ScreeningBanner({ session, onSession }: Props) {
  const flags = screeningFlags(session.intake);
  const pending = needsAcknowledgement(session.intake, session.acknowledgement);
  const [decision, setDecision] = useState<ScreeningDecision>('modify');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (flags.length === 0) return null;

  async function acknowledge(): Promise<void> {
    try {
      onSession(await bridge.invoke('intake.acknowledge', { sessionId: session.id, decision, note }));
      setError(null);
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  return (
    <section className={`screening-banner${pending ? ' screening-banner--pending' : ''}`} aria-labelledby="screening-heading">
      <h2 id="screening-heading">{pending ? 'Screening flags: acknowledge before hands-on work' : 'Screening flags'}</h2>
      <ul className="screening-banner__flags">
        {flags.map((flag) => (
          <li key={flag.answer.id} className={`screening-banner__flag screening-banner__flag--${flag.answer.level}`}>
            {flag.summary}
          </li>
        ))}
      </ul>
      {pending ? (
        <form
          className="screening-banner__decide"
          onKeyDown={(event) => event.stopPropagation()}
          onSubmit={(event) => {
            event.preventDefault();
            void acknowledge();
          }}
        >
          <fieldset>
            <legend>Decision</legend>
            {decisions.map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name="screening-decision"
                  value={option}
                  checked={decision === option}
                  disabled={decisionProblem(session.intake, option) !== null}
                  onChange={() => setDecision(option)}
                />
                {decisionLabels[option]}
              </label>
            ))}
          </fieldset>
          <label>
            Decision note
            <input value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} />
          </label>
          <button type="submit" className="big-button big-button--primary">
            Acknowledge flags
          </button>
          {error ? (
            <p role="alert" className="form-error">
              {error}
            </p>
          ) : null}
        </form>
      ) : session.acknowledgement ? (
        <p className="screening-banner__decision">
          Decision: {decisionLabels[session.acknowledgement.decision]}
          {session.acknowledgement.note ? ` (${session.acknowledgement.note})` : ''}
        </p>
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import { decisionLabels, type ScreeningAcknowledgement, type ScreeningDecision } from '../../shared/screening/intake';
import { screeningInForce } from '../../shared/screening/carried';
import { decisionProblem, needsAcknowledgement, screeningFlags } from '../../shared/screening/rules';
import type { Session } from '../../shared/session/session';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf } from '../bridge/errors';
import { useTakesLostFocus } from '../forms/useTakesLostFocus';

interface Props {
  session: Session;
  onSession(session: Session): void;
  /** Opens the intake, to screen again instead of confirming last visit's flags. */
  onRescreen(): void;
}

const decisions: ScreeningDecision[] = ['modify', 'postpone', 'proceed'];

function heading(carried: boolean, pending: boolean): string {
  if (carried) return pending ? 'Last visit’s screening flags: screen again or confirm unchanged before hands-on work' : 'Last visit’s screening flags';
  return pending ? 'Screening flags: acknowledge before hands-on work' : 'Screening flags';
}

/** The screening flags, held on screen until the therapist records a decision. */
export function ScreeningBanner({ session, onSession, onRescreen }: Props) {
  const bridge = useBridge();
  const screening = screeningInForce(session);
  const flags = screeningFlags(screening);
  const pending = needsAcknowledgement(screening, session.acknowledgement);
  // Flags from the last visit, with no intake yet today: confirmed unchanged here, or screened again.
  const carried = !session.intake && session.carriedScreening !== undefined;
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
      <h2 id="screening-heading">{heading(carried, pending)}</h2>
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
                  disabled={decisionProblem(screening, option) !== null}
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
            {carried ? 'Confirm unchanged and acknowledge' : 'Acknowledge flags'}
          </button>
          {carried ? (
            <button type="button" className="big-button" onClick={onRescreen}>
              Screen again
            </button>
          ) : null}
          {error ? (
            <p role="alert" className="form-error">
              {error}
            </p>
          ) : null}
        </form>
      ) : session.acknowledgement ? (
        <Decision acknowledgement={session.acknowledgement} />
      ) : null}
    </section>
  );
}

/** The decision recorded; acknowledged here, it takes the focus the form had. */
function Decision({ acknowledgement }: { acknowledgement: ScreeningAcknowledgement }) {
  const decision = useTakesLostFocus<HTMLParagraphElement>();
  return (
    <p className="screening-banner__decision" ref={decision} tabIndex={-1}>
      Decision: {decisionLabels[acknowledgement.decision]}
      {acknowledgement.note ? ` (${acknowledgement.note})` : ''}
    </p>
  );
}

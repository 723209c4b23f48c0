import { dateAndTime } from '../../shared/i18n/clock';
import type { HandoutSetup } from './useHandoutSetup';

/** Whose handout this is, and which of their sessions: a past one can be written again or reprinted. */
export function SessionPicker({ setup, onPick }: { setup: HandoutSetup; onPick(sessionId: string): void }) {
  const { client, clientSessions, session } = setup;
  if (!client || !session) return null;
  const newestFirst = [...clientSessions].reverse();
  return (
    <div className="handout-screen__session">
      <label className="field">
        <span>Session of {client.name}</span>
        <select value={session.id} onChange={(event) => onPick(event.target.value)}>
          {newestFirst.map((each) => (
            <option key={each.sessionId} value={each.sessionId}>
              {dateAndTime(each.at)}
              {each.handoutsGiven ? ` · ${each.handoutsGiven} handout${each.handoutsGiven === 1 ? '' : 's'} given` : ''}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

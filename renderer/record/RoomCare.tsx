import { useEffect, useState } from 'react';
import { pressureMemory } from '../../shared/pressure/memory';
import { screeningInForce } from '../../shared/screening/carried';
import { handsOnBlockedReason, screeningFlags } from '../../shared/screening/rules';
import type { SessionState } from '../../shared/session/derive';
import type { Session } from '../../shared/session/session';
import { WriteHandoutButton } from '../handout/WriteHandoutButton';
import { useClientHistory } from '../history/useClientHistory';
import { usePastSessions } from '../history/usePastSessions';
import { IntakeForm } from '../intake/IntakeForm';
import { ScreeningBanner } from '../intake/ScreeningBanner';
import { PressureLogPanel } from '../pressure/PressureLogPanel';
import { PressureMemory } from '../pressure/PressureMemory';
import { RecordEditor } from './RecordEditor';
import '../styles/care.css';

interface Props {
  session: Session;
  state: SessionState;
}

/**
 * Everything the room screen shows about the client: who they are, the intake,
 * screening flags, pressure memory and the live log, then the record at the end.
 */
export function RoomCare(props: Props) {
  // A new session starts afresh: its own history load, local state and dialogs.
  return <SessionCare key={props.session.id} {...props} />;
}

function SessionCare({ session: pushed, state }: Props) {
  // The latest answer from the back end; pushes bring the same session moments later.
  const [session, setSession] = useState(pushed);
  useEffect(() => setSession(pushed), [pushed]);
  const [intakeOpen, setIntakeOpen] = useState(false);
  const { client, sessions } = useClientHistory(pushed.clientId);
  const past = usePastSessions(pushed.clientId, sessions, session);
  const lastIntake = [...past].reverse().find((each) => each.intake)?.intake;
  const finished = state.status === 'finished';
  const screening = screeningInForce(session);
  const blocked = handsOnBlockedReason(screening, session.acknowledgement);
  const avoid = screeningFlags(screening).flatMap((flag) => (flag.answer.level === 'modify' ? flag.answer.avoidRegions : []));
  const handsOn = !finished && state.phase.handsOn;
  const pressureLog = handsOn ? (
    blocked ? (
      <p className="room-care__blocked" role="status">
        {blocked}
      </p>
    ) : (
      <PressureLogPanel session={session} onSession={setSession} avoid={avoid} />
    )
  ) : null;

  return (
    <div className="room-care">
      {client ? <p className="room-care__client">Client: {client.name}</p> : null}
      {/* During hands-on work the log comes first, so its keys' feedback is in view without scrolling. */}
      {pressureLog}
      {!finished ? (
        <div className="room-care__intake">
          <button type="button" className={`big-button${session.intake || state.phase.handsOn ? '' : ' big-button--primary'}`} onClick={() => setIntakeOpen(true)}>
            {session.intake ? 'Edit intake and screening' : 'Intake and screening'}
          </button>
          {session.intake ? (
            <span>
              Pain now {session.intake.painNow}/10{session.intake.goals ? ` · goals: ${session.intake.goals}` : ''}
            </span>
          ) : null}
        </div>
      ) : null}
      <ScreeningBanner session={session} onSession={setSession} onRescreen={() => setIntakeOpen(true)} />
      {!finished ? <PressureMemory memory={pressureMemory(past)} /> : null}
      {finished ? (
        <div className="room-care__wrap-up">
          <WriteHandoutButton sessionId={session.id} clientId={session.clientId} />
        </div>
      ) : null}
      {finished ? <RecordEditor session={session} onSession={setSession} /> : null}
      {intakeOpen ? <IntakeForm session={session} lastIntake={lastIntake} onSaved={setSession} onClose={() => setIntakeOpen(false)} /> : null}
    </div>
  );
}

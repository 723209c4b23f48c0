import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { pressureMemory } from '../../shared/pressure/memory';
import { healthNotesInForce, screeningInForce } from '../../shared/screening/carried';
import { handsOnBlockedReason, screeningFlags } from '../../shared/screening/rules';
import type { Session } from '../../shared/session/session';
import { WriteHandoutButton } from '../handout/WriteHandoutButton';
import { useClientHistory } from '../history/useClientHistory';
import { usePastSessions } from '../history/usePastSessions';
import { IntakeForm } from '../intake/IntakeForm';
import { ScreeningBanner } from '../intake/ScreeningBanner';
import { PressureLogPanel } from '../pressure/PressureLogPanel';
import { PressureMemory } from '../pressure/PressureMemory';
import { useSessionStore } from '../session/SessionStoreProvider';
import { RecordEditor } from './RecordEditor';
import '../styles/care.css';

interface Props {
  session: Session;
  finished: boolean;
  /** A hands-on phase is running: the pressure log is open. */
  handsOn: boolean;
}

/**
 * Everything the room screen shows about the client: who they are, the intake,
 * screening flags, pressure memory and the live log, then the record at the end.
 */
export const RoomCare = memo(function RoomCare(props: Props) {
  // A new session starts afresh: its own history load, local state and dialogs.
  return <SessionCare key={props.session.id} {...props} />;
});

function SessionCare({ session, finished, handsOn }: Props) {
  // Every answer goes to the window's one session store, which orders it against the pushes.
  const setSession = useSessionStore().receive;
  const [intakeOpen, setIntakeOpen] = useState(false);
  const { client, sessions } = useClientHistory(session.clientId);
  const past = usePastSessions(session.clientId, sessions, session);
  const lastIntake = useMemo(() => [...past].reverse().find((each) => each.intake)?.intake, [past]);
  const memory = useMemo(() => pressureMemory(past), [past]);
  const screening = screeningInForce(session);
  const health = healthNotesInForce(session);
  const blocked = handsOnBlockedReason(screening, session.acknowledgement);
  const avoid = useMemo(
    () => screeningFlags(screening).flatMap((flag) => (flag.answer.level === 'modify' ? flag.answer.avoidRegions : [])),
    [screening],
  );
  const logOpen = handsOn && !blocked;
  const column = useRef<HTMLDivElement>(null);
  // The log opens at the top of this column, which may still be scrolled down to where the flags were acknowledged.
  useLayoutEffect(() => {
    if (logOpen && column.current) column.current.scrollTop = 0;
  }, [logOpen]);
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
    <div className="room-care" ref={column}>
      {/* During hands-on work the log comes first, so its keys' feedback is in view without scrolling: with who the client is, it fills the column's height. */}
      <div className="room-care__top">
        {client ? <p className="room-care__client">Client: {client.name}</p> : null}
        {health.allergies ? <p className="room-care__health">Allergies: {health.allergies}</p> : null}
        {health.medications ? <p className="room-care__health">Medications: {health.medications}</p> : null}
        {pressureLog}
      </div>
      {!finished ? (
        <div className="room-care__intake">
          <button type="button" className={`big-button${session.intake || handsOn ? '' : ' big-button--primary'}`} onClick={() => setIntakeOpen(true)}>
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
      {!finished ? <PressureMemory memory={memory} /> : null}
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

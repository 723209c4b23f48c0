import { useEffect, useRef, useState } from 'react';
import { sessionStateAt } from '../../shared/session/derive';
import { clockDigits, spokenDuration, wallClock } from '../../shared/session/format';
import type { Session } from '../../shared/session/session';
import { playChime } from '../audio/chime';
import { RoomCare } from '../record/RoomCare';
import { bridge } from '../bridge/bridge';
import { FinishDialog } from './FinishDialog';
import { PhaseBand } from './PhaseBand';
import { StartPanel } from './StartPanel';
import { TimeLeft } from './TimeLeft';
import { useNow } from './useNow';
import { useRoomKeys } from './useRoomKeys';
import type { SessionControls } from './useSession';

interface Props {
  session: Session;
  controls: SessionControls;
}

/** The screen the therapist glances at from across the room. */
export function RoomScreen({ session, controls }: Props) {
  const now = useNow();
  const state = sessionStateAt(session, now);
  const [confirmingFinish, setConfirmingFinish] = useState(false);
  const [cueMessage, setCueMessage] = useState<string | null>(null);
  const finished = state.status === 'finished';

  usePhaseChangeChime(session.id, state.phaseIndex);
  useEffect(() => {
    const offDue = bridge.subscribe('cue.due', (cue) => {
      playChime('bell', 0.8);
      setCueMessage(cue.announcement);
    });
    const offMissed = bridge.subscribe('cue.missed', ({ count }) => {
      setCueMessage(`${count === 1 ? '1 cue' : `${count} cues`} passed while the computer slept.`);
    });
    return () => {
      offDue();
      offMissed();
    };
  }, []);

  useRoomKeys((action) => {
    if (confirmingFinish) {
      if (action === 'finish' || action === 'confirm') {
        setConfirmingFinish(false);
        void controls.command({ type: 'finish' });
        return true;
      }
      if (action === 'cancel') {
        setConfirmingFinish(false);
        return true;
      }
      return false;
    }
    if (finished) return false;
    switch (action) {
      case 'toggle':
        void controls.command({ type: state.status === 'paused' ? 'resume' : 'pause' });
        return true;
      case 'next':
        void controls.command({ type: 'next' });
        return true;
      case 'back':
        void controls.command({ type: 'back' });
        return true;
      case 'finish':
        setConfirmingFinish(true);
        return true;
      default:
        return false;
    }
  });

  const isLast = state.phaseIndex === state.phases.length - 1;
  return (
    <div className={`room room--phase-${state.phaseIndex % 7}${state.status === 'paused' ? ' room--paused' : ''}`}>
      <header className="room__header">
        <span className="room__plan">{session.plan.name}</span>
        {state.status === 'paused' ? <span className="room__badge">Paused</span> : null}
        {finished ? <span className="room__badge">Finished</span> : null}
      </header>

      <section className="room__now" aria-label="Current phase">
        <h1 className="phase-name" key={state.phase.id}>
          {state.phase.name}
        </h1>
        {finished ? (
          <p className="room__finished">Session finished at {wallClock(state.endsAt)}</p>
        ) : (
          <TimeLeft phaseName={state.phase.name} phaseLeftMs={state.phaseLeftMs} />
        )}
        {state.nextPhase && !finished ? (
          <p className="room__next">
            Next: {state.nextPhase.name}, {spokenDuration(state.phases[state.phaseIndex + 1]?.lengthMs ?? 0)}
          </p>
        ) : null}
      </section>

      <dl className="room__facts">
        <div>
          <dt>Session left</dt>
          <dd>{clockDigits(state.sessionLeftMs)}</dd>
        </div>
        <div>
          <dt>Ends at</dt>
          <dd>{wallClock(state.endsAt)}</dd>
        </div>
        {state.overrunMs >= 60_000 ? (
          <div className="room__overrun">
            <dt>Over by</dt>
            <dd>{spokenDuration(state.overrunMs)}</dd>
          </div>
        ) : null}
      </dl>

      <p className="visually-hidden" role="status" aria-live="polite">
        {finished ? 'Session finished.' : `Now: ${state.phase.name}.`} {cueMessage ?? ''}
      </p>
      {cueMessage ? <p className="room__cue">{cueMessage}</p> : null}

      <PhaseBand phases={state.phases} />

      <RoomCare session={session} state={state} />

      {finished ? (
        <div className="room__controls">
          <StartPanel plans={controls.plans} onStart={(planId, clientId) => void controls.start(planId, clientId)} />
        </div>
      ) : (
        <div className="room__controls" role="group" aria-label="Session controls">
          <button type="button" className="big-button" onClick={() => controls.command({ type: 'back' })} disabled={state.phaseIndex === 0}>
            Back <kbd>←</kbd>
          </button>
          <button
            type="button"
            className="big-button big-button--primary"
            onClick={() => controls.command({ type: state.status === 'paused' ? 'resume' : 'pause' })}
          >
            {state.status === 'paused' ? 'Resume' : 'Pause'} <kbd>Space</kbd>
          </button>
          <button type="button" className="big-button" onClick={() => controls.command({ type: 'next' })} disabled={isLast}>
            Next <kbd>→</kbd>
          </button>
          <button type="button" className="big-button" onClick={() => setConfirmingFinish(true)}>
            Finish <kbd>F</kbd>
          </button>
        </div>
      )}

      {confirmingFinish ? (
        <FinishDialog
          onConfirm={() => {
            setConfirmingFinish(false);
            void controls.command({ type: 'finish' });
          }}
          onCancel={() => setConfirmingFinish(false)}
        />
      ) : null}
    </div>
  );
}

/** A soft chime whenever the phase changes, but not when the screen first opens. */
function usePhaseChangeChime(sessionId: string, phaseIndex: number): void {
  const seen = useRef<{ sessionId: string; phaseIndex: number } | null>(null);
  useEffect(() => {
    const previous = seen.current;
    seen.current = { sessionId, phaseIndex };
    if (previous && previous.sessionId === sessionId && previous.phaseIndex !== phaseIndex) playChime('soft', 0.5);
  }, [sessionId, phaseIndex]);
}

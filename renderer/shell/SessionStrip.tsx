import { useEffectEvent, useLayoutEffect } from 'react';
import type { SessionState } from '../../shared/session/derive';
import type { Session } from '../../shared/session/session';
import { useCues } from '../audio/CueCenter';
import { backToRoomKey, isBackToRoomKey, isTextField } from '../room/keys';
import { TimeLeft } from '../room/TimeLeft';
import { useShownClock, useShownState } from '../room/useShownClock';
import './session-strip.css';

const inOpenDialog = (target: EventTarget | null): boolean => target instanceof Element && target.closest('dialog[open], [aria-modal="true"]') !== null;

/** What the strip shows around its digits: the phase, whether it is paused or over, and whether it has finished. */
const stripKey = (state: SessionState): string => JSON.stringify([state.status, state.phaseIndex, state.phaseLeftMs < 0]);

interface Props {
  session: Session;
  onBackToRoom(): void;
}

/**
 * On every screen but the room, while a session runs: the phase and its time
 * left, large enough to read from the table, and the way back (a click, or Home).
 */
export function SessionStrip({ session, onBackToRoom }: Props) {
  const cues = useCues();
  const clock = useShownClock(session, cues.count);
  const state = useShownState(clock, stripKey);
  const back = useEffectEvent(onBackToRoom);
  // Attached in the same commit that draws the strip, so Home works as soon as it shows.
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent): void => {
      // Only where Home moves the caret: from a ticked box or a button it still goes back. An open dialog
      // (the key list, the welcome) keeps its keys: the screen behind it does not change unseen.
      if (!isBackToRoomKey(event) || isTextField(event.target) || inOpenDialog(event.target)) return;
      event.preventDefault();
      back();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
  if (state.status === 'finished') return null;
  const over = state.phaseLeftMs < 0;
  return (
    <aside className="session-strip" aria-label="Session in progress">
      <div className="session-strip__now">
        <span className="session-strip__phase">{state.phase.name}</span>{' '}
        <TimeLeft clock={clock} phaseName={state.phase.name} className="session-strip__time" />{' '}
        <span className="session-strip__left">{over ? 'over' : 'left'}</span>
        {state.status === 'paused' ? <span className="session-strip__badge">Paused</span> : null}
      </div>
      <button type="button" className="session-strip__back" onClick={onBackToRoom}>
        Back to the session <kbd>{backToRoomKey}</kbd>
      </button>
    </aside>
  );
}

import type { SessionCommand } from '../../shared/session/events';
import type { SessionState } from '../../shared/session/derive';
import { roomKeyLabel } from './keys';

interface Props {
  state: SessionState;
  command(command: SessionCommand): void;
  onFinish(): void;
}

/** Big targets for the same actions the keys drive. */
export function RoomControls({ state, command, onFinish }: Props) {
  const paused = state.status === 'paused';
  const isLast = state.phaseIndex === state.phases.length - 1;
  return (
    <div className="room__controls" role="group" aria-label="Session controls">
      <button type="button" className="big-button" onClick={() => command({ type: 'back' })} disabled={state.phaseIndex === 0}>
        Back <kbd>{roomKeyLabel.back}</kbd>
      </button>
      <button type="button" className="big-button" onClick={() => command({ type: 'adjust', seconds: -60 })} disabled={state.phaseLeftMs < 60_000}>
        −1 min <kbd>{roomKeyLabel['remove-minute']}</kbd>
      </button>
      <button type="button" className="big-button big-button--primary" onClick={() => command({ type: paused ? 'resume' : 'pause' })}>
        {paused ? 'Resume' : 'Pause'} <kbd>{roomKeyLabel.toggle}</kbd>
      </button>
      <button type="button" className="big-button" onClick={() => command({ type: 'adjust', seconds: 60 })}>
        +1 min <kbd>{roomKeyLabel['add-minute']}</kbd>
      </button>
      <button type="button" className="big-button" onClick={() => command({ type: 'next' })} disabled={isLast}>
        Next <kbd>{roomKeyLabel.next}</kbd>
      </button>
      <button type="button" className="big-button" onClick={onFinish}>
        Finish <kbd>{roomKeyLabel.finish}</kbd>
      </button>
    </div>
  );
}

import type { SessionState } from '../../shared/session/derive';
import { clockDigits, spokenDuration, wallClock } from '../../shared/session/format';
import type { ShownClock } from './shown-clock';
import { Ticking } from './Ticking';
import { useShownText } from './useShownClock';

interface Props {
  state: SessionState;
  clock: ShownClock;
  keepEndTime: boolean;
}

const sessionLeftDigits = (state: SessionState): string => clockDigits(state.sessionLeftMs);

function SessionLeft({ clock }: { clock: ShownClock }) {
  return (
    <dd>
      <Ticking text={useShownText(clock, sessionLeftDigits)} />
    </dd>
  );
}

/** When the session ends, how much is left, and what running over has cost. */
export function SessionFacts({ state, clock, keepEndTime }: Props) {
  const gaveMs = state.phases.reduce((sum, view) => sum + (view.progress === 'upcoming' ? view.gaveMs : 0), 0);
  const over = state.overrunMs >= 1000;
  return (
    <>
      <dl className="room__facts">
        <div>
          <dt>Session left</dt>
          <SessionLeft clock={clock} />
        </div>
        <div>
          <dt>Ends at</dt>
          <dd>{wallClock(state.endsAt)}</dd>
        </div>
        {over ? (
          <div className="room__overrun">
            <dt>Over by</dt>
            <dd>{spokenDuration(state.overrunMs)}</dd>
          </div>
        ) : null}
      </dl>
      {gaveMs >= 1000 || over ? (
        <p className="room__rebalance" role="note">
          {gaveMs >= 1000 ? `Later phases gave ${spokenDuration(gaveMs)}. ` : ''}
          {over
            ? `The planned end was ${wallClock(state.targetEndAt)}; the session now ends at ${wallClock(state.endsAt)}.`
            : `The session still ends at ${wallClock(state.endsAt)}.`}
          {keepEndTime ? '' : ' Keeping the end time is off.'}
        </p>
      ) : null}
    </>
  );
}

import type { SessionState } from '../../shared/session/derive';
import { spokenDuration, timeLeftDigits } from '../../shared/session/format';
import { roomKeyLabel } from './keys';
import type { ShownClock } from './shown-clock';
import { Ticking } from './Ticking';
import { TimeLeft } from './TimeLeft';
import { useShownText } from './useShownClock';

interface Props {
  state: SessionState;
  clock: ShownClock;
}

const segmentDigits = (state: SessionState): string => timeLeftDigits(Math.max(0, state.segmentLeftMs));

function SegmentLeft({ clock }: { clock: ShownClock }) {
  return (
    <span className="room__segment-left">
      <Ticking text={useShownText(clock, segmentDigits)} />
    </span>
  );
}

/** What is happening now: the phase, its time left, the body region, and what comes next. */
export function NowPanel({ state, clock }: Props) {
  const view = state.phases[state.phaseIndex];
  const segment = view?.segments[state.segmentIndex];
  const nextSegment = view?.segments[state.segmentIndex + 1];
  const next = state.phases[state.phaseIndex + 1];
  return (
    <>
      <h1 className="phase-name" key={state.phase.id}>
        {state.phase.name}
      </h1>
      <section className="room__now" aria-label="Current phase">
        <TimeLeft clock={clock} phaseName={state.phase.name} />
        {/* Beside the digits, large: from the table the paused clock must not pass for a running one. */}
        {state.status === 'paused' ? (
          <p className="room__paused">
            <strong>Paused</strong> <kbd>{roomKeyLabel.toggle}</kbd> resumes
          </p>
        ) : null}
        {segment ? (
          <p className="room__segment" aria-label="Body region">
            <span className="room__segment-name">{segment.segment.name}</span> <SegmentLeft clock={clock} />
            {nextSegment ? <span className="room__segment-next"> then {nextSegment.segment.name}</span> : null}
          </p>
        ) : null}
        {next ? (
          <p className="room__next">
            Next: {next.phase.name}, {spokenDuration(next.lengthMs)}
          </p>
        ) : (
          <p className="room__next">Last phase</p>
        )}
      </section>
    </>
  );
}

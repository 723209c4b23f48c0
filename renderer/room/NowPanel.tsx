import type { SessionState } from '../../shared/session/derive';
import { spokenDuration, timeLeftDigits } from '../../shared/session/format';
import { TimeLeft } from './TimeLeft';

interface Props {
  state: SessionState;
}

/** What is happening now: the phase, its time left, the body region, and what comes next. */
export function NowPanel({ state }: Props) {
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
        <TimeLeft phaseName={state.phase.name} phaseLeftMs={state.phaseLeftMs} />
        {segment ? (
          <p className="room__segment" aria-label="Body region">
            <span className="room__segment-name">{segment.segment.name}</span>{' '}
            <span className="room__segment-left">{timeLeftDigits(Math.max(0, state.segmentLeftMs))}</span>
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

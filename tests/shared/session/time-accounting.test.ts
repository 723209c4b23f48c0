import { describe, expect, it } from 'vitest';
import { sessionStateAt } from '../../../shared/session/derive';
import { fold } from '../../../shared/session/fold';
import { MIN, planOf, sessionWith, T0 } from '../../helpers/sessions';

describe('time is counted once, from the events and the clock', () => {
  it('a clock that steps back between two events does not count the same minutes twice', () => {
    // The computer's clock was set back a minute between the two presses of "next".
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 5 * MIN },
        { type: 'next', at: T0 + 4 * MIN },
      ],
      planOf(['A', 10, 5], ['B', 10, 5], ['C', 10, 5]),
    );
    const state = sessionStateAt(session, T0 + 10 * MIN);
    expect(state.phase.name).toBe('C');
    expect(state.phaseElapsedMs).toBe(5 * MIN);
    expect(state.phases.map((view) => view.elapsedMs)).toEqual([5 * MIN, 0, 5 * MIN]);
  });

  it('going back to a phase that was given extra minutes counts those minutes once', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 10 * MIN },
        { type: 'adjust', at: T0 + 11 * MIN, seconds: 120 },
        { type: 'next', at: T0 + 12 * MIN },
        { type: 'back', at: T0 + 13 * MIN },
      ],
      planOf(['A', 10, 5], ['B', 10, 5], ['C', 10, 5]),
    );
    const state = sessionStateAt(session, T0 + 13 * MIN);
    expect(state.phase.name).toBe('B');
    // 10 planned + 2 added, 2 already spent.
    expect(state.phaseLeftMs).toBe(10 * MIN);
    expect(state.phases[1]).toMatchObject({ allottedMs: 10 * MIN, lengthMs: 12 * MIN });
  });

  it('a later phase already partly done counts that time towards its minimum when it shrinks', () => {
    // Jump ahead to C for 4 minutes, then back to A, which then runs 10 minutes over.
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'jump', at: T0 + 1 * MIN, phaseIndex: 2 },
        { type: 'jump', at: T0 + 5 * MIN, phaseIndex: 0 },
      ],
      planOf(['A', 10, 10], ['B', 10, 5], ['C', 10, 5]),
    );
    const state = sessionStateAt(session, T0 + 24 * MIN);
    // C has had 4 of its 5 minimum minutes, so it can still give 5 of the 6 it has left.
    expect(state.phases[2]).toMatchObject({ elapsedMs: 4 * MIN, gaveMs: 5 * MIN, lengthMs: 5 * MIN });
    expect(state.phases[1]).toMatchObject({ gaveMs: 5 * MIN, lengthMs: 5 * MIN });
    expect(state.endsAt).toBe(T0 + 30 * MIN);
    expect(state.overrunMs).toBe(0);
  });

  it('a finished session keeps the phase lengths it had: nothing is given away after the end', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'finish', at: T0 + 15 * MIN },
      ],
      planOf(['A', 10, 5], ['B', 10, 5]),
    );
    const state = sessionStateAt(session, T0 + 15 * MIN);
    expect(state.phases[1]).toMatchObject({ lengthMs: 10 * MIN, gaveMs: 0 });
    expect(state.phases[0]?.elapsedMs).toBe(15 * MIN);
  });

  it('events after the session finished change nothing', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'finish', at: T0 + 5 * MIN },
        { type: 'next', at: T0 + 6 * MIN },
        { type: 'resume', at: T0 + 7 * MIN },
      ],
      planOf(['A', 10, 5], ['B', 10, 5]),
    );
    expect(sessionStateAt(session, T0 + 20 * MIN)).toMatchObject({ status: 'finished', phaseIndex: 0, phaseElapsedMs: 5 * MIN });
  });

  it('pausing twice or resuming a running session changes nothing', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'resume', at: T0 + 1 * MIN },
        { type: 'pause', at: T0 + 2 * MIN },
        { type: 'pause', at: T0 + 3 * MIN },
        { type: 'resume', at: T0 + 4 * MIN },
      ],
      planOf(['A', 10, 5]),
    );
    expect(sessionStateAt(session, T0 + 3 * MIN)).toMatchObject({ status: 'paused', phaseElapsedMs: 2 * MIN });
    expect(sessionStateAt(session, T0 + 6 * MIN)).toMatchObject({ status: 'running', phaseElapsedMs: 4 * MIN });
  });

  it('next on the last phase, back on the first and a jump to the phase running stay where they are', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'back', at: T0 + 1 * MIN },
        { type: 'jump', at: T0 + 2 * MIN, phaseIndex: 0 },
        { type: 'jump', at: T0 + 3 * MIN, phaseIndex: 1 },
        { type: 'next', at: T0 + 4 * MIN },
        { type: 'jump', at: T0 + 5 * MIN, phaseIndex: 2 },
      ],
      planOf(['A', 10, 5], ['B', 10, 5]),
    );
    const state = sessionStateAt(session, T0 + 6 * MIN);
    expect(state.phaseIndex).toBe(1);
    expect(state.phases.map((view) => view.elapsedMs)).toEqual([3 * MIN, 3 * MIN]);
  });

  it('minutes added twice to one phase add up', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'adjust', at: T0 + MIN, seconds: 60 },
        { type: 'adjust', at: T0 + 2 * MIN, seconds: 120 },
      ],
      planOf(['A', 10, 5], ['B', 10, 5]),
    );
    expect(sessionStateAt(session, T0 + 3 * MIN).phaseLeftMs).toBe(10 * MIN);
  });

  it('every phase starts with no time spent and no minutes added', () => {
    const folded = fold(sessionWith([{ type: 'start', at: T0 }], planOf(['A', 10, 5], ['B', 10, 5], ['C', 10, 5])), T0 + MIN, { keepEndTime: true });
    expect(folded).toMatchObject({ elapsedMs: [MIN, 0, 0], adjustMs: [0, 0, 0], allottedMs: [10 * MIN, null, null] });
  });

  it('a session with no events yet is timed from when it was created', () => {
    const session = { ...sessionWith([], planOf(['A', 10, 5])), createdAt: T0 };
    expect(sessionStateAt(session, T0 + MIN)).toMatchObject({ startedAt: T0, targetEndAt: T0 + 10 * MIN, phaseLeftMs: 9 * MIN });
  });
});

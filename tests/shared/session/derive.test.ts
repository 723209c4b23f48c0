import { describe, expect, it } from 'vitest';
import { defaultPlan60 } from '../../../shared/plans/defaults';
import { plannedTotalSec } from '../../../shared/plans/plan';
import { sessionStateAt } from '../../../shared/session/derive';
import { MIN, planOf, sessionWith, T0 } from '../../helpers/sessions';

describe('the default 60-minute plan', () => {
  it('has the six phases of the seed timeline, with preparation available but off', () => {
    const enabled = defaultPlan60.phases.filter((phase) => phase.enabled).map((phase) => phase.name);
    expect(enabled).toEqual([
      'Arrival & intake',
      'Consultation & assessment',
      'Warm-up',
      'Targeted work',
      'Integration',
      'Wrap-up & aftercare',
    ]);
    const preparation = defaultPlan60.phases.find((phase) => phase.id === 'preparation');
    expect(preparation).toMatchObject({ optional: true, enabled: false, durationSec: 180 });
    expect(plannedTotalSec({ ...defaultPlan60, phases: defaultPlan60.phases.map((p) => ({ ...p, enabled: true })) })).toBe(3600);
  });
});

describe('session state at an instant', () => {
  const ninety = planOf(['Arrival', 10, 5], ['Assessment', 10, 5], ['Warm-up', 15, 8], ['Targeted', 40, 20], ['Integration', 10, 5], ['Wrap-up', 5, 3]);

  it('runs a 90-minute session phase by phase from the events alone', () => {
    const events = [
      { type: 'start' as const, at: T0 },
      { type: 'next' as const, at: T0 + 10 * MIN },
      { type: 'next' as const, at: T0 + 20 * MIN },
      { type: 'next' as const, at: T0 + 35 * MIN },
      { type: 'next' as const, at: T0 + 75 * MIN },
      { type: 'next' as const, at: T0 + 85 * MIN },
    ];
    const session = sessionWith(events, ninety);
    expect(sessionStateAt(session, T0 + 5 * MIN)).toMatchObject({ phaseIndex: 0, phaseLeftMs: 5 * MIN, sessionLeftMs: 85 * MIN });
    expect(sessionStateAt(session, T0 + 50 * MIN)).toMatchObject({ phaseIndex: 3, phaseLeftMs: 25 * MIN, sessionLeftMs: 40 * MIN });
    const last = sessionStateAt(session, T0 + 89 * MIN);
    expect(last.phase.name).toBe('Wrap-up');
    expect(last.phaseLeftMs).toBe(1 * MIN);
    expect(last.endsAt).toBe(T0 + 90 * MIN);
    expect(last.overrunMs).toBe(0);
  });

  it('a paused session does not advance, and its end moves later by the pause', () => {
    const plan = planOf(['A', 10, 10], ['B', 10, 10]);
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'pause', at: T0 + 3 * MIN },
      ],
      plan,
    );
    const atPause = sessionStateAt(session, T0 + 3 * MIN);
    const later = sessionStateAt(session, T0 + 13 * MIN);
    expect(later.status).toBe('paused');
    expect(later.phaseLeftMs).toBe(atPause.phaseLeftMs);
    expect(later.endsAt).toBe(T0 + 30 * MIN);
    expect(later.overrunMs).toBe(10 * MIN);

    const resumed = sessionWith([...session.events, { type: 'resume', at: T0 + 13 * MIN }], plan);
    expect(sessionStateAt(resumed, T0 + 15 * MIN).phaseLeftMs).toBe(5 * MIN);
  });

  it('back returns to the previous phase with the time it had left', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 2 * MIN },
        { type: 'back', at: T0 + 2 * MIN + 5000 },
      ],
      planOf(['A', 5, 5], ['B', 5, 5]),
    );
    const state = sessionStateAt(session, T0 + 3 * MIN);
    expect(state.phase.name).toBe('A');
    expect(state.phaseLeftMs).toBe(5 * MIN - 2 * MIN - (3 * MIN - 2 * MIN - 5000));
  });

  it('a phase left running past its end counts up as overrun', () => {
    const plan = planOf(['A', 5, 5], ['B', 5, 5]);
    const state = sessionStateAt(sessionWith([{ type: 'start', at: T0 }], plan), T0 + 7 * MIN);
    expect(state.phaseLeftMs).toBe(-2 * MIN);
    expect(state.phaseOverrunMs).toBe(2 * MIN);
    expect(state.endsAt).toBe(T0 + 12 * MIN);
    expect(state.overrunMs).toBe(2 * MIN);
  });

  it('running over shrinks later phases down to their minimums so the end holds', () => {
    const plan = planOf(['A', 10, 10], ['B', 20, 10], ['C', 10, 5]);
    const session = sessionWith([{ type: 'start', at: T0 }], plan);
    const state = sessionStateAt(session, T0 + 13 * MIN, { keepEndTime: true });
    expect(state.endsAt).toBe(T0 + 40 * MIN);
    expect(state.overrunMs).toBe(0);
    // 3 minutes over, taken from the 10 + 5 minutes of slack in proportion.
    expect(state.phases[1]?.gaveMs).toBe(2 * MIN);
    expect(state.phases[2]?.gaveMs).toBe(1 * MIN);
  });

  it('when minimums cannot absorb the overrun, it shows the new end and the overrun', () => {
    const plan = planOf(['A', 10, 10], ['B', 10, 8]);
    const state = sessionStateAt(sessionWith([{ type: 'start', at: T0 }], plan), T0 + 15 * MIN, { keepEndTime: true });
    expect(state.phases[1]?.lengthMs).toBe(8 * MIN);
    expect(state.endsAt).toBe(T0 + 23 * MIN);
    expect(state.overrunMs).toBe(3 * MIN);
  });

  it('a phase entered after an overrun keeps the shorter length it was given', () => {
    const plan = planOf(['A', 10, 10], ['B', 20, 10], ['C', 10, 10]);
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 14 * MIN },
      ],
      plan,
    );
    const state = sessionStateAt(session, T0 + 20 * MIN);
    expect(state.phases[1]?.lengthMs).toBe(16 * MIN);
    expect(state.phaseLeftMs).toBe(10 * MIN);
    expect(state.endsAt).toBe(T0 + 40 * MIN);
  });

  it('with keeping the end time switched off, later phases keep their lengths', () => {
    const plan = planOf(['A', 10, 10], ['B', 20, 10]);
    const state = sessionStateAt(sessionWith([{ type: 'start', at: T0 }], plan), T0 + 13 * MIN, { keepEndTime: false });
    expect(state.phases[1]?.lengthMs).toBe(20 * MIN);
    expect(state.overrunMs).toBe(3 * MIN);
  });

  it('a clock that jumps backwards never produces negative elapsed time', () => {
    const plan = planOf(['A', 10, 10], ['B', 10, 10]);
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 5 * MIN },
      ],
      plan,
    );
    const before = sessionStateAt(session, T0 + 2 * MIN);
    expect(before.phaseElapsedMs).toBeGreaterThanOrEqual(0);
    const backwards = sessionStateAt(session, T0 + 4 * MIN);
    expect(backwards.phaseIndex).toBe(0);
    expect(sessionStateAt(session, T0 - 10 * MIN).phaseElapsedMs).toBe(0);
  });

  it('a finished session stops at its finish time', () => {
    const plan = planOf(['A', 10, 10]);
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'finish', at: T0 + 8 * MIN },
      ],
      plan,
    );
    const state = sessionStateAt(session, T0 + 60 * MIN);
    expect(state.status).toBe('finished');
    expect(state.endsAt).toBe(T0 + 8 * MIN);
    expect(state.sessionLeftMs).toBe(0);
  });

  it('added minutes lengthen the current phase and jump goes straight to a phase', () => {
    const plan = planOf(['A', 10, 10], ['B', 10, 5], ['C', 10, 5]);
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'adjust', at: T0 + MIN, seconds: 120 },
        { type: 'jump', at: T0 + 2 * MIN, phaseIndex: 2 },
      ],
      plan,
    );
    expect(sessionStateAt(session, T0 + 90_000).phaseLeftMs).toBe(12 * MIN - 90_000);
    const jumped = sessionStateAt(session, T0 + 3 * MIN);
    expect(jumped.phase.name).toBe('C');
    expect(jumped.phaseLeftMs).toBe(9 * MIN);
  });

  it('the screen knows which phases are done, which is running and which are to come', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 10 * MIN },
      ],
      planOf(['A', 10, 10], ['B', 10, 5], ['C', 10, 5]),
    );
    expect(sessionStateAt(session, T0 + 11 * MIN).phases.map((view) => view.progress)).toEqual(['done', 'current', 'upcoming']);
    // The first phase is given its planned length at the start; later ones when they are entered.
    expect(sessionStateAt(session, T0 + 1 * MIN).phases.map((view) => view.allottedMs)).toEqual([10 * MIN, null, null]);
  });

  it('a plan with no phases switched on cannot be run, and says so', () => {
    const plan = planOf(['A', 10, 5]);
    plan.phases[0]!.enabled = false;
    expect(() => sessionStateAt(sessionWith([{ type: 'start', at: T0 }], plan), T0)).toThrow('A session needs at least one phase.');
  });

  it("a session's clock starts at its start event, not when its file was made", () => {
    const session = { ...sessionWith([{ type: 'start', at: T0 }], planOf(['A', 10, 5])), createdAt: T0 - 5 * MIN };
    expect(sessionStateAt(session, T0 + MIN)).toMatchObject({ startedAt: T0, targetEndAt: T0 + 10 * MIN, phaseLeftMs: 9 * MIN });
  });

  it('running ahead of time is never shown as a negative overrun', () => {
    const plan = planOf(['A', 10, 5], ['B', 10, 5]);
    const ahead = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 2 * MIN },
      ],
      plan,
    );
    expect(sessionStateAt(ahead, T0 + 3 * MIN)).toMatchObject({ endsAt: T0 + 12 * MIN, overrunMs: 0, phaseOverrunMs: 0 });
    const finishedEarly = sessionWith([...ahead.events, { type: 'finish', at: T0 + 4 * MIN }], plan);
    expect(sessionStateAt(finishedEarly, T0 + 30 * MIN)).toMatchObject({ endsAt: T0 + 4 * MIN, overrunMs: 0 });
  });

  it('a phase without segments counts its own time down where a segment would', () => {
    const session = sessionWith([{ type: 'start', at: T0 }], planOf(['A', 10, 5], ['B', 10, 5]));
    const state = sessionStateAt(session, T0 + 3 * MIN);
    expect(state.segmentIndex).toBe(-1);
    expect(state.segmentLeftMs).toBe(7 * MIN);
    expect(state.nextPhase?.name).toBe('B');
    expect(state.phases[0]).toMatchObject({ plannedMs: 10 * MIN, segments: [] });
  });
});

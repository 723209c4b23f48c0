import { describe, expect, it } from 'vitest';
import { CueScheduler } from '../../../electron/services/cue-scheduler';
import type { Cue } from '../../../shared/session/cues';
import type { Session } from '../../../shared/session/session';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, planOf, sessionWith, T0 } from '../../helpers/sessions';

function recorder(clock: ManualClock) {
  const due: { cue: Cue; firedAt: number }[] = [];
  const missed: { count: number; latest: Cue }[] = [];
  const scheduler = new CueScheduler(clock, {
    due: (cue) => due.push({ cue, firedAt: clock.now() }),
    missed: (count, latest) => missed.push({ count, latest }),
  });
  return { scheduler, due, missed };
}

const plan = planOf(['Warm-up', 10, 5], ['Targeted work', 25, 12], ['Integration', 7, 3]);

describe('the cue scheduler', () => {
  it('fires the next cue at its exact instant', () => {
    const clock = new ManualClock(T0);
    const { scheduler, due } = recorder(clock);
    scheduler.track(sessionWith([{ type: 'start', at: T0 }], plan));
    expect(clock.pendingTimers()).toEqual([T0 + 10 * MIN]);
    clock.advance(10 * MIN - 1);
    expect(due).toHaveLength(0);
    clock.advance(1);
    expect(due).toEqual([{ cue: expect.objectContaining({ phaseName: 'Warm-up' }), firedAt: T0 + 10 * MIN }]);
  });

  it('re-arms after every event', () => {
    const clock = new ManualClock(T0);
    const { scheduler, due } = recorder(clock);
    let session: Session = sessionWith([{ type: 'start', at: T0 }], plan);
    scheduler.track(session);
    clock.advance(3 * MIN);
    session = { ...session, events: [...session.events, { type: 'next', at: clock.now() }] };
    scheduler.track(session);
    expect(clock.pendingTimers()).toEqual([T0 + 28 * MIN]);
    clock.advance(25 * MIN);
    expect(due.map((entry) => [entry.cue.phaseName, entry.firedAt])).toEqual([['Targeted work', T0 + 28 * MIN]]);
  });

  it('a paused session arms nothing; resuming arms the cue again', () => {
    const clock = new ManualClock(T0);
    const { scheduler } = recorder(clock);
    let session: Session = sessionWith([{ type: 'start', at: T0 }], plan);
    scheduler.track(session);
    clock.advance(MIN);
    session = { ...session, events: [...session.events, { type: 'pause', at: clock.now() }] };
    scheduler.track(session);
    expect(clock.pendingTimers()).toEqual([]);
    clock.advance(4 * MIN);
    session = { ...session, events: [...session.events, { type: 'resume', at: clock.now() }] };
    scheduler.track(session);
    expect(clock.pendingTimers()).toEqual([T0 + 14 * MIN]);
  });

  it('cues missed while the computer slept are reported once, not chimed as a burst', () => {
    const clock = new ManualClock(T0);
    const { scheduler, due, missed } = recorder(clock);
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 10 * MIN },
      ],
      plan,
    );
    clock.set(T0 + 10 * MIN);
    scheduler.track(session);
    clock.sleep(60 * MIN);
    scheduler.rearm();
    expect(due).toEqual([]);
    expect(missed).toEqual([{ count: 1, latest: expect.objectContaining({ phaseName: 'Targeted work' }) }]);
    scheduler.rearm();
    expect(missed).toHaveLength(1);
  });

  it('a clock that jumps backwards fires nothing twice', () => {
    const clock = new ManualClock(T0);
    const { scheduler, due } = recorder(clock);
    scheduler.track(sessionWith([{ type: 'start', at: T0 }], plan));
    clock.advance(10 * MIN);
    expect(due).toHaveLength(1);
    clock.set(T0 + 5 * MIN);
    scheduler.rearm();
    clock.advance(6 * MIN);
    expect(due).toHaveLength(1);
  });

  it('fires segment cues and warnings at their own instants, and re-arms after a simulated resume', () => {
    const clock = new ManualClock(T0);
    const { scheduler, due, missed } = recorder(clock);
    const split = planOf(['Targeted work', 25, 12], ['Integration', 7, 3]);
    split.phases[0]!.warningSec = 60;
    split.phases[0]!.segments = [
      { id: 'a', name: 'Lower back', durationSec: 600 },
      { id: 'b', name: 'Neck & shoulders', durationSec: 900 },
    ];
    scheduler.track(sessionWith([{ type: 'start', at: T0 }], { ...split, sessionWarningSec: 300 }));
    clock.advance(11 * MIN);
    expect(due.map((entry) => [entry.cue.kind, (entry.firedAt - T0) / MIN])).toEqual([['segment', 10]]);
    clock.sleep(5 * MIN);
    scheduler.rearm();
    expect(clock.pendingTimers()).toEqual([T0 + 24 * MIN]);
    clock.advance(20 * MIN);
    expect(due.map((entry) => [entry.cue.kind, (entry.firedAt - T0) / MIN])).toEqual([
      ['segment', 10],
      ['phase-warning', 24],
      ['phase-end', 25],
      ['session-warning', 27],
    ]);
    expect(missed).toEqual([]);
  });
});

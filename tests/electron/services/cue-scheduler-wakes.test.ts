import { describe, expect, it } from 'vitest';
import { CueScheduler, MISSED_AFTER_MS } from '../../../electron/services/cue-scheduler';
import type { Cue } from '../../../shared/session/cues';
import { MIN, planOf, sessionWith, T0 } from '../../helpers/sessions';
import { ManualClock } from '../../helpers/manual-clock';

/** Three phases of 10, 5 and 5 minutes: phase ends due at 10, 15 and 20 minutes. */
const plan = planOf(['Warm-up', 10, 5], ['Targeted work', 5, 2], ['Integration', 5, 2]);
const running = sessionWith([{ type: 'start', at: T0 }], plan);

function recorder(clock = new ManualClock(T0)) {
  const chimed: string[] = [];
  const missed: { count: number; latest: string }[] = [];
  const scheduler = new CueScheduler(clock, {
    due: (cue: Cue) => chimed.push(cue.phaseName),
    missed: (count, latest) => missed.push({ count, latest: latest.phaseName }),
  });
  return { clock, scheduler, chimed, missed };
}

describe('a wake after the computer slept', () => {
  it('a cue still under half a minute late chimes; one half a minute late is reported as missed', () => {
    const justInTime = recorder();
    justInTime.scheduler.track(running);
    justInTime.clock.sleep(10 * MIN + MISSED_AFTER_MS - 1);
    justInTime.scheduler.rearm();
    expect(justInTime).toMatchObject({ chimed: ['Warm-up'], missed: [] });

    const tooLate = recorder();
    tooLate.scheduler.track(running);
    tooLate.clock.sleep(10 * MIN + MISSED_AFTER_MS);
    tooLate.scheduler.rearm();
    expect(tooLate).toMatchObject({ chimed: [], missed: [{ count: 1, latest: 'Warm-up' }] });
  });

  it('reports how many were missed and the latest of them, and still chimes the one just due', () => {
    const { clock, scheduler, chimed, missed } = recorder();
    const movedOn = { ...running, events: [...running.events, { type: 'next' as const, at: T0 + 10 * MIN }, { type: 'next' as const, at: T0 + 15 * MIN }] };
    scheduler.track(movedOn);
    clock.sleep(20 * MIN + 5000);
    scheduler.rearm();
    expect(missed).toEqual([{ count: 2, latest: 'Targeted work' }]);
    expect(chimed).toEqual(['Integration']);
  });

  it('a session change that comes before the timer still chimes the cue that fell due under the old session', () => {
    const { clock, scheduler, chimed } = recorder();
    scheduler.track(running);
    clock.sleep(10 * MIN + 5000);
    scheduler.track({ ...running, events: [...running.events, { type: 'next', at: clock.now() }] });
    expect(chimed).toEqual(['Warm-up']);
    expect(scheduler.nextDue()?.phaseName).toBe('Targeted work');
    expect(clock.pendingTimers()).toEqual([scheduler.nextDue()?.dueAt]);
  });
});

describe('what the scheduler waits for', () => {
  it('the next cue of the session it tracks, and nothing once it stops', () => {
    const { clock, scheduler, chimed } = recorder();
    expect(scheduler.nextDue()).toBeNull();
    scheduler.track(running);
    expect(scheduler.nextDue()).toMatchObject({ phaseName: 'Warm-up', dueAt: T0 + 10 * MIN });
    scheduler.stop();
    expect(scheduler.nextDue()).toBeNull();
    expect(clock.pendingTimers()).toEqual([]);
    clock.advance(30 * MIN);
    scheduler.rearm();
    expect(chimed).toEqual([]);
  });

  it('no session, no timer: a session that ended leaves nothing armed', () => {
    const { clock, scheduler, chimed } = recorder();
    scheduler.track(running);
    clock.advance(2 * MIN);
    scheduler.track(null);
    expect(clock.pendingTimers()).toEqual([]);
    clock.advance(30 * MIN);
    expect(chimed).toEqual([]);
  });

  it('re-arming twice leaves one timer, not two', () => {
    const { clock, scheduler, chimed } = recorder();
    scheduler.track(running);
    scheduler.rearm();
    scheduler.rearm();
    expect(clock.pendingTimers()).toEqual([T0 + 10 * MIN]);
    clock.advance(10 * MIN);
    expect(chimed).toEqual(['Warm-up']);
  });
});

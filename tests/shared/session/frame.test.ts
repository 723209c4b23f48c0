import { describe, expect, it } from 'vitest';
import { sessionStateAt } from '../../../shared/session/derive';
import { roomFrameKey } from '../../../shared/session/frame';
import type { SessionEvent } from '../../../shared/session/events';
import { MIN, planOf, sessionWith, T0 } from '../../helpers/sessions';

const plan = planOf(['Warm-up', 10, 5], ['Targeted work', 20, 10]);
const keyAt = (at: number, events: SessionEvent[] = [{ type: 'start', at: T0 }]) => roomFrameKey(sessionStateAt(sessionWith(events, plan), at));

describe('what the room shows around its ticking figures', () => {
  it('stays the same while a phase runs on time', () => {
    expect(keyAt(T0 + MIN + 300)).toBe(keyAt(T0 + 8 * MIN));
  });

  it('moves at the last minute, at the end of the phase, and with a pause', () => {
    expect(keyAt(T0 + 9 * MIN + 1)).not.toBe(keyAt(T0 + 9 * MIN - 1));
    expect(keyAt(T0 + 10 * MIN + 1)).not.toBe(keyAt(T0 + 10 * MIN - 1));
    expect(keyAt(T0 + 2 * MIN, [{ type: 'start', at: T0 }, { type: 'pause', at: T0 + MIN }])).not.toBe(keyAt(T0 + 2 * MIN));
  });

  it('moves every second while running over makes later phases give time', () => {
    expect(keyAt(T0 + 11 * MIN + 1000)).not.toBe(keyAt(T0 + 11 * MIN));
  });
});

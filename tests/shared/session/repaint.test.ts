import { describe, expect, it } from 'vitest';
import { sessionStateAt } from '../../../shared/session/derive';
import { nextRepaintAt } from '../../../shared/session/repaint';
import { timeLeftDigits } from '../../../shared/session/format';
import { MIN, sessionWith, T0 } from '../../helpers/sessions';

const repaintAfter = (events: Parameters<typeof sessionWith>[0], now: number): number | null => {
  const at = nextRepaintAt(sessionWith(events), now);
  return at === null ? null : at - now;
};

describe('when the room next needs repainting', () => {
  it('while running: just after the shown second changes, and never sooner', () => {
    const start = [{ type: 'start' as const, at: T0 }];
    expect(repaintAfter(start, T0 + 300)).toBe(701);
    const session = sessionWith(start);
    const now = T0 + 300;
    const at = nextRepaintAt(session, now) ?? 0;
    const shown = (instant: number) => timeLeftDigits(sessionStateAt(session, instant).phaseLeftMs);
    expect(shown(at - 2)).toBe(shown(now));
    expect(shown(at)).not.toBe(shown(now));
  });

  it('follows the second of a phase entered at an odd instant', () => {
    const events = [
      { type: 'start' as const, at: T0 },
      { type: 'next' as const, at: T0 + 2 * MIN + 450 },
    ];
    expect(repaintAfter(events, T0 + 2 * MIN + 500)).toBe(951);
  });

  it('while paused: the phase stands still, yet the session left (end kept) or the overrun (end given up) moves each second', () => {
    const paused = sessionWith([{ type: 'start' as const, at: T0 }, { type: 'pause' as const, at: T0 + 10_000 }]);
    for (const session of [paused, { ...paused, keepEndTime: false }]) {
      const now = T0 + 20_500;
      const at = nextRepaintAt(session, now) ?? 0;
      const facts = (instant: number) => {
        const state = sessionStateAt(session, instant);
        return [timeLeftDigits(state.sessionLeftMs), Math.floor(state.overrunMs / 1000)].join(' ');
      };
      expect(at - now).toBeLessThanOrEqual(1001);
      expect(facts(at - 2)).toBe(facts(now));
      expect(facts(at)).not.toBe(facts(now));
      expect(timeLeftDigits(sessionStateAt(session, at).phaseLeftMs)).toBe(timeLeftDigits(sessionStateAt(session, now).phaseLeftMs));
    }
  });

  it('never once the session has finished', () => {
    const events = [
      { type: 'start' as const, at: T0 },
      { type: 'finish' as const, at: T0 + MIN },
    ];
    expect(repaintAfter(events, T0 + 2 * MIN)).toBeNull();
  });
});

describe('an end time that stands still', () => {
  it('never wakes the room early, wherever in its minute the session ends', () => {
    // Started 59.5 s into a minute, the planned end sits just before the next minute turns.
    const start = T0 + 59_500;
    const session = sessionWith([{ type: 'start' as const, at: start }]);
    for (const offset of [0, 250, 499, 500, 999]) {
      const now = start + 2 * MIN + offset;
      const wait = (nextRepaintAt(session, now) ?? 0) - now;
      expect(wait, `at ${offset} ms into a second`).toBeGreaterThan(0);
      expect(timeLeftDigits(sessionStateAt(session, now + wait).phaseLeftMs)).not.toBe(timeLeftDigits(sessionStateAt(session, now).phaseLeftMs));
    }
  });
});

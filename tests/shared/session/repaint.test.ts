import { describe, expect, it } from 'vitest';
import { sessionStateAt } from '../../../shared/session/derive';
import { nextRepaintAt } from '../../../shared/session/repaint';
import { techniquePlans } from '../../../shared/plans/defaults';
import { clockDigits, timeLeftDigits } from '../../../shared/session/format';
import type { Session } from '../../../shared/session/session';
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

describe('the room wakes exactly when a figure it shows turns over', () => {
  const deepTissue = techniquePlans.find((plan) => plan.id === 'deep-tissue-60')!;
  // What the room shows: phase and segment left to the second (rounded up), session left (rounded down),
  // the end time to the minute, the overrun to the second.
  const shown = (session: Session, instant: number): string => {
    const state = sessionStateAt(session, instant);
    const segment = state.segmentIndex >= 0 ? `${state.segmentIndex} ${timeLeftDigits(Math.max(0, state.segmentLeftMs))}` : '-';
    return [state.status, timeLeftDigits(state.phaseLeftMs), segment, clockDigits(state.sessionLeftMs), Math.floor(state.endsAt / MIN), Math.floor(state.overrunMs / 1000)].join(' | ');
  };
  const scenarios: [string, Session, number][] = [
    ['running from an odd start', sessionWith([{ type: 'start', at: T0 + 137 }]), T0 + 45_912],
    ['a phase entered at an odd instant', sessionWith([{ type: 'start', at: T0 }, { type: 'next', at: T0 + 2 * MIN + 450 }]), T0 + 2 * MIN + 500],
    ['paused at an odd instant, end kept', sessionWith([{ type: 'start', at: T0 }, { type: 'pause', at: T0 + 10_800 }]), T0 + 20_500],
    [
      'paused at an odd instant, end given up',
      { ...sessionWith([{ type: 'start', at: T0 }, { type: 'pause', at: T0 + 10_800 }]), keepEndTime: false },
      T0 + 20_500,
    ],
    [
      'a shortened phase whose segments no longer fall on its seconds',
      sessionWith([{ type: 'start', at: T0 }, { type: 'jump', at: T0 + 7 * MIN + 321, phaseIndex: 3 }], deepTissue),
      T0 + 9 * MIN + 40,
    ],
    [
      'a phase run past its end, entered at an odd instant, the end given up',
      { ...sessionWith([{ type: 'start', at: T0 }, { type: 'next', at: T0 + 30_450 }]), keepEndTime: false },
      T0 + 30_450 + 4 * MIN + 100,
    ],
    [
      'paused ahead of plan with the end given up: the end time creeps, no overrun yet',
      { ...sessionWith([{ type: 'start', at: T0 + 300 }, { type: 'adjust', at: T0 + 1000, seconds: -60 }, { type: 'pause', at: T0 + 2000 }]), keepEndTime: false },
      T0 + 10_000,
    ],
    [
      'paused late with the end given up: the end time and the overrun both creep',
      { ...sessionWith([{ type: 'start', at: T0 + 300 }, { type: 'pause', at: T0 + 2000 }]), keepEndTime: false },
      T0 + 10 * MIN,
    ],
  ];

  it.each(scenarios)('%s', (_name, session, now) => {
    // Forty instants spread over a minute and across the fractions of a second.
    for (const instant of Array.from({ length: 40 }, (_, k) => now + k * 1_537)) {
      const at = nextRepaintAt(session, instant);
      expect(at, 'a running session always has a next repaint').not.toBeNull();
      expect(shown(session, at! - 2), 'nothing the room shows has changed yet just before').toBe(shown(session, instant));
      expect(shown(session, at!), 'something the room shows has changed').not.toBe(shown(session, instant));
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/plans/plan';
import { cuesBetween, nextCueAfter } from '../../../shared/session/cues';
import { sessionStateAt } from '../../../shared/session/derive';
import { MIN, planOf, sessionWith, T0 } from '../../helpers/sessions';

/** Warm-up 10, targeted work 25 split into lower back 10 / neck 8 / legs 7, integration 7. */
function splitPlan(overrides: Partial<Plan> = {}): Plan {
  const plan = planOf(['Warm-up', 10, 5], ['Targeted work', 25, 12], ['Integration', 7, 3]);
  const targeted = plan.phases[1]!;
  targeted.warningSec = 60;
  targeted.segments = [
    { id: 's1', name: 'Lower back', durationSec: 600 },
    { id: 's2', name: 'Neck & shoulders', durationSec: 480 },
    { id: 's3', name: 'Legs', durationSec: 420, cue: { timbre: 'wood', volume: 0.3 } },
  ];
  return { ...plan, sessionWarningSec: 300, ...overrides };
}

const kinds = (session: ReturnType<typeof sessionWith>, from: number, to: number) =>
  cuesBetween(session, from, to).map((cue) => [cue.kind, (cue.dueAt - T0) / MIN, cue.segmentName ?? cue.phaseName]);

describe('segments, warnings and the session-end warning', () => {
  it('a whole session on time cues every segment, the targeted-work warning and the session warning in order', () => {
    const session = sessionWith([{ type: 'start', at: T0 }], splitPlan());
    const withNexts = {
      ...session,
      events: [
        ...session.events,
        { type: 'next' as const, at: T0 + 10 * MIN },
        { type: 'next' as const, at: T0 + 35 * MIN },
      ],
    };
    // A phase-end cue that falls on the very instant the therapist moves on is not given.
    expect(kinds(withNexts, T0, T0 + 42 * MIN)).toEqual([
      ['segment', 20, 'Lower back'],
      ['segment', 28, 'Neck & shoulders'],
      ['phase-warning', 34, 'Targeted work'],
      ['session-warning', 37, 'Integration'],
      ['phase-end', 42, 'Integration'],
    ]);
  });

  it('the screen knows which segment is running and how long it has left', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 10 * MIN },
      ],
      splitPlan(),
    );
    const state = sessionStateAt(session, T0 + 22 * MIN);
    expect(state.segmentIndex).toBe(1);
    expect(state.segmentLeftMs).toBe(6 * MIN);
    expect(sessionStateAt(session, T0 + 5 * MIN).segmentIndex).toBe(-1);
  });

  it('minutes added during a segment go to the last segment, so a finished segment never comes back', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 10 * MIN },
        { type: 'adjust', at: T0 + 22 * MIN, seconds: 300 },
      ],
      splitPlan({ sessionWarningSec: 0 }),
    );
    const state = sessionStateAt(session, T0 + 22 * MIN);
    expect(state.segmentIndex).toBe(1);
    expect(state.phases[1]!.segments.map((span) => (span.endMs - span.startMs) / MIN)).toEqual([10, 8, 12]);
    expect(kinds(session, T0 + 22 * MIN, T0 + 45 * MIN).filter(([kind]) => kind !== 'phase-end')).toEqual([
      ['segment', 28, 'Neck & shoulders'],
      ['phase-warning', 39, 'Targeted work'],
    ]);
  });

  it('a phase shortened to keep the end time shortens its segments alike', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 15 * MIN },
      ],
      splitPlan(),
    );
    const spans = sessionStateAt(session, T0 + 15 * MIN).phases[1]!.segments;
    const total = spans.at(-1)!.endMs;
    expect(total).toBeLessThan(25 * MIN);
    expect(spans[0]!.endMs / total).toBeCloseTo(10 / 25, 2);
    // Each segment starts where the one before it ends.
    expect(spans[1]!.startMs).toBe(spans[0]!.endMs);
    expect(spans[2]!.startMs).toBe(spans[1]!.endMs);
  });

  it('the session warning comes when the time left reaches it, even while later phases shrink', () => {
    // Targeted work runs past its end at 35: integration shrinks from 7 minutes towards its 3-minute
    // minimum so the end (42) holds, and the time left reaches 5 minutes at 37, still in targeted work.
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 10 * MIN },
      ],
      splitPlan(),
    );
    const cue = cuesBetween(session, T0 + 10 * MIN, T0 + 60 * MIN).find((each) => each.kind === 'session-warning');
    expect(cue).toMatchObject({ dueAt: T0 + 37 * MIN, phaseName: 'Targeted work' });
    expect(sessionStateAt(session, cue!.dueAt).sessionLeftMs).toBe(5 * MIN);
    expect(sessionStateAt(session, cue!.dueAt - 1).sessionLeftMs).toBeGreaterThan(5 * MIN);
  });

  it('no session warning while time left is stuck above it because later phases are at their minimums', () => {
    // Warm-up runs on: later phases shrink to 12 + 3 minutes and stop there, above the 5-minute warning.
    const session = sessionWith([{ type: 'start', at: T0 }], splitPlan());
    const cues = cuesBetween(session, T0, T0 + 3 * 60 * MIN);
    expect(cues.map((cue) => cue.kind)).toEqual(['phase-end']);
  });

  it('a warning is never given twice for the same stretch, however the question is split', () => {
    const session = sessionWith([{ type: 'start', at: T0 }], splitPlan());
    const whole = cuesBetween(session, T0, T0 + 30 * MIN);
    const pieces = [0, 7, 9.5, 10, 21, 30].map((m) => T0 + m * MIN);
    const split = pieces.slice(1).flatMap((to, i) => cuesBetween(session, pieces[i]!, to));
    expect(split).toEqual(whole);
  });

  it('warnings and segments use their own, quieter sounds', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 10 * MIN },
      ],
      splitPlan({ warningCue: { timbre: 'soft', volume: 0.2 } }),
    );
    const cues = cuesBetween(session, T0 + 10 * MIN, T0 + 35 * MIN);
    expect(cues.find((cue) => cue.segmentName === 'Lower back')?.sound).toEqual({ timbre: 'soft', volume: 0.6 });
    expect(cues.find((cue) => cue.kind === 'phase-warning')?.sound).toEqual({ timbre: 'soft', volume: 0.2 });
  });

  it('a session started with keeping the end time off lets later phases keep their lengths', () => {
    const plan = planOf(['A', 10, 5], ['B', 10, 5]);
    const events = [
      { type: 'start' as const, at: T0 },
      { type: 'next' as const, at: T0 + 14 * MIN },
    ];
    const keeping = sessionWith(events, plan);
    const notKeeping = { ...keeping, keepEndTime: false };
    expect(sessionStateAt(keeping, T0 + 14 * MIN).endsAt).toBe(T0 + 20 * MIN);
    expect(sessionStateAt(notKeeping, T0 + 14 * MIN).endsAt).toBe(T0 + 24 * MIN);
    expect(nextCueAfter(notKeeping, T0 + 14 * MIN)?.dueAt).toBe(T0 + 24 * MIN);
  });

  it('after a long sleep the state is simply read off the clock: the right phase, overrun counted', () => {
    const session = sessionWith([{ type: 'start', at: T0 }], splitPlan());
    const state = sessionStateAt(session, T0 + 3 * 60 * MIN);
    expect(state.phaseIndex).toBe(0);
    expect(state.phaseOverrunMs).toBe(170 * MIN);
    expect(state.overrunMs).toBe(state.endsAt - (T0 + 42 * MIN));
  });

  it('a phase not yet entered shows its segments at their planned lengths', () => {
    const state = sessionStateAt(sessionWith([{ type: 'start', at: T0 }], splitPlan()), T0 + MIN);
    expect(state.phases[1]!.segments.map((span) => [span.startMs / MIN, span.endMs / MIN])).toEqual([
      [0, 10],
      [10, 18],
      [18, 25],
    ]);
  });

  it('the next segment is current from the very instant the one before ends, and the last stays on past the end', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 10 * MIN },
      ],
      splitPlan({ sessionWarningSec: 0 }),
    );
    expect(sessionStateAt(session, T0 + 20 * MIN - 1).segmentIndex).toBe(0);
    expect(sessionStateAt(session, T0 + 20 * MIN).segmentIndex).toBe(1);
    const over = sessionStateAt(session, T0 + 40 * MIN);
    expect(over.segmentIndex).toBe(2);
    expect(over.segmentLeftMs).toBe(-5 * MIN);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultCue, defaultWarningCue } from '../../../shared/plans/plan';
import { cuesBetween, nextCueAfter } from '../../../shared/session/cues';
import { MIN, planOf, sessionWith, T0 } from '../../helpers/sessions';

const plan = planOf(['Warm-up', 10, 5], ['Targeted work', 25, 12], ['Integration', 7, 3]);

describe('cues', () => {
  it('the next cue is due at the exact end of the current phase', () => {
    const cue = nextCueAfter(sessionWith([{ type: 'start', at: T0 }], plan), T0);
    expect(cue).toMatchObject({ kind: 'phase-end', dueAt: T0 + 10 * MIN, phaseName: 'Warm-up', nextPhaseName: 'Targeted work' });
    expect(cue?.announcement).toBe('Warm-up is done. Next: Targeted work, 25 minutes.');
    expect(cue?.sound).toEqual(defaultCue);
  });

  it('after running over, the next phase ends early enough to keep the session end', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 12 * MIN },
        { type: 'next', at: T0 + 36 * MIN },
      ],
      plan,
    );
    expect(nextCueAfter(session, T0 + 36 * MIN)?.dueAt).toBe(T0 + 42 * MIN);
  });

  it('a pause moves the cue later by the length of the pause', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'pause', at: T0 + 2 * MIN },
        { type: 'resume', at: T0 + 5 * MIN },
      ],
      plan,
    );
    expect(nextCueAfter(session, T0 + 5 * MIN)?.dueAt).toBe(T0 + 13 * MIN);
    expect(cuesBetween(session, T0, T0 + 12 * MIN)).toEqual([]);
  });

  it('a phase’s end is reported even when the next change happens on that very instant', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 10 * MIN },
        { type: 'next', at: T0 + 35 * MIN },
      ],
      plan,
    );
    const cues = cuesBetween(session, T0, T0 + 42 * MIN).filter((cue) => cue.kind === 'phase-end');
    expect(cues.map((cue) => [cue.phaseName, cue.dueAt])).toEqual([
      ['Warm-up', T0 + 10 * MIN],
      ['Targeted work', T0 + 35 * MIN],
      ['Integration', T0 + 42 * MIN],
    ]);
  });

  it('a paused session has no cue coming', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'pause', at: T0 + MIN },
      ],
      plan,
    );
    expect(nextCueAfter(session, T0 + MIN)).toBeNull();
  });

  it('reports each cue once, from the events that applied when it fell due', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 12 * MIN },
      ],
      plan,
    );
    const fixedLengths = { keepEndTime: false };
    const all = cuesBetween(session, T0, T0 + 60 * MIN, fixedLengths);
    expect(all.map((cue) => [cue.phaseName, cue.dueAt])).toEqual([
      ['Warm-up', T0 + 10 * MIN],
      ['Targeted work', T0 + 12 * MIN + 25 * MIN],
    ]);
    expect(cuesBetween(session, T0 + 10 * MIN, T0 + 60 * MIN, fixedLengths)).toHaveLength(1);
  });

  it('the last phase ends with a cue to finish', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'jump', at: T0, phaseIndex: 2 },
      ],
      plan,
    );
    expect(nextCueAfter(session, T0)?.announcement).toBe('Integration is done. Time to finish the session.');
  });

  it('the next phase is announced with the length it has now, after it shrank to keep the end', () => {
    // Three minutes added to warm-up come out of targeted work (integration is at its minimum).
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'adjust', at: T0 + MIN, seconds: 180 },
      ],
      planOf(['Warm-up', 10, 5], ['Targeted work', 25, 12], ['Integration', 7, 7]),
    );
    const cue = nextCueAfter(session, T0 + MIN);
    expect(cue).toMatchObject({ dueAt: T0 + 13 * MIN, announcement: 'Warm-up is done. Next: Targeted work, 22 minutes.', spoken: 'Targeted work, 22 minutes' });
  });

  it('the last phase tells the voice to finish', () => {
    const session = sessionWith([{ type: 'start', at: T0 }], planOf(['Integration', 7, 3]));
    expect(nextCueAfter(session, T0)).toMatchObject({ nextPhaseName: null, spoken: 'Time to finish' });
  });

  it('cues due at the same instant come lightest first, so the phase end is delivered last and wins', () => {
    // The session warning (7 minutes left) falls exactly when warm-up ends and the 7-minute integration begins.
    const session = sessionWith(
      [{ type: 'start', at: T0 }],
      { ...planOf(['Warm-up', 10, 10], ['Integration', 7, 7]), sessionWarningSec: 7 * 60 },
    );
    const cues = cuesBetween(session, T0, T0 + 10 * MIN);
    expect(cues.map((cue) => [cue.kind, cue.dueAt])).toEqual([
      ['session-warning', T0 + 10 * MIN],
      ['phase-end', T0 + 10 * MIN],
    ]);
    expect(cues[0]).toMatchObject({
      announcement: '7 minutes left in the session.',
      spoken: '7 minutes left in the session',
      phaseName: 'Warm-up',
      nextPhaseName: 'Integration',
      sound: defaultWarningCue,
    });
  });

  it('a phase warning that falls on a segment end comes before the segment cue', () => {
    const plan = planOf(['Targeted work', 25, 12], ['Integration', 7, 3]);
    const targeted = plan.phases[0]!;
    targeted.warningSec = 7 * 60;
    targeted.segments = [
      { id: 's1', name: 'Lower back', durationSec: 600 },
      { id: 's2', name: 'Neck', durationSec: 480 },
      { id: 's3', name: 'Legs', durationSec: 420 },
    ];
    const cues = cuesBetween(sessionWith([{ type: 'start', at: T0 }], plan), T0 + 11 * MIN, T0 + 18 * MIN);
    expect(cues.map((cue) => [cue.kind, cue.dueAt])).toEqual([
      ['phase-warning', T0 + 18 * MIN],
      ['segment', T0 + 18 * MIN],
    ]);
    expect(cues[1]).toMatchObject({ announcement: 'Neck is done. Next: Legs, 7 minutes.', spoken: 'Legs, 7 minutes', segmentName: 'Neck' });
    expect(cues[0]).toMatchObject({ announcement: 'Targeted work: 7 minutes left.', spoken: '7 minutes left in Targeted work' });
  });

  it('a phase already past its end has no cue left to give', () => {
    const session = sessionWith([{ type: 'start', at: T0 }], { ...planOf(['A', 10, 10], ['B', 5, 5]), sessionWarningSec: 0 });
    expect(cuesBetween(session, T0 + 10 * MIN, T0 + 60 * MIN)).toEqual([]);
  });

  it('a phase-end cue on the very instant the therapist moves on is given once, however the question is cut', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 10 * MIN },
      ],
      plan,
    );
    const ends = (from: number, to: number) => cuesBetween(session, from, to).filter((cue) => cue.phaseName === 'Warm-up' && cue.kind === 'phase-end');
    expect(ends(T0, T0 + 10 * MIN)).toHaveLength(1);
    expect(ends(T0 + 10 * MIN, T0 + 20 * MIN)).toEqual([]);
    expect(ends(T0, T0 + 20 * MIN)).toHaveLength(1);
  });

  it('the session warning is given once: a pause after it does not bring it back', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 10 * MIN },
        { type: 'pause', at: T0 + 13 * MIN },
        { type: 'resume', at: T0 + 14 * MIN },
      ],
      { ...planOf(['A', 10, 10], ['B', 7, 7]), sessionWarningSec: 5 * 60 },
    );
    const warnings = cuesBetween(session, T0, T0 + 20 * MIN).filter((cue) => cue.kind === 'session-warning');
    expect(warnings.map((cue) => cue.dueAt)).toEqual([T0 + 12 * MIN]);
  });

  it('a segment already done is not cued again when the session resumes after a pause', () => {
    const segmented = planOf(['Warm-up', 10, 5], ['Targeted work', 25, 12]);
    segmented.phases[1]!.segments = [
      { id: 's1', name: 'Lower back', durationSec: 600 },
      { id: 's2', name: 'Neck', durationSec: 900 },
    ];
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'next', at: T0 + 10 * MIN },
        { type: 'pause', at: T0 + 30 * MIN },
        { type: 'resume', at: T0 + 31 * MIN },
      ],
      segmented,
    );
    const segmentCues = cuesBetween(session, T0 + 10 * MIN, T0 + 35 * MIN).filter((cue) => cue.kind === 'segment');
    expect(segmentCues.map((cue) => [cue.segmentName, cue.dueAt])).toEqual([['Lower back', T0 + 20 * MIN]]);
    expect(segmentCues[0]).toMatchObject({ announcement: 'Lower back is done. Next: Neck, 15 minutes.', spoken: 'Neck, 15 minutes' });
  });

  it('a phase warning is given once: a pause after it does not bring it back', () => {
    const warned = planOf(['Targeted work', 25, 12], ['Integration', 7, 3]);
    warned.phases[0]!.warningSec = 60;
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'pause', at: T0 + 24.5 * MIN },
        { type: 'resume', at: T0 + 25.5 * MIN },
      ],
      warned,
    );
    const warnings = cuesBetween(session, T0, T0 + 30 * MIN).filter((cue) => cue.kind === 'phase-warning');
    expect(warnings.map((cue) => cue.dueAt)).toEqual([T0 + 24 * MIN]);
  });

  it('a phase run past its end does not chime again when the therapist pauses and resumes', () => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        { type: 'pause', at: T0 + 12 * MIN },
        { type: 'resume', at: T0 + 13 * MIN },
      ],
      { ...plan, sessionWarningSec: 0 },
    );
    const ends = cuesBetween(session, T0, T0 + 14 * MIN).filter((cue) => cue.kind === 'phase-end');
    expect(ends.map((cue) => [cue.phaseName, cue.dueAt])).toEqual([['Warm-up', T0 + 10 * MIN]]);
  });
});

describe('a pause on the very instant a cue falls due', () => {
  const segmented = planOf(['Targeted work', 25, 12], ['Integration', 7, 3]);
  segmented.phases[0]!.warningSec = 60;
  segmented.phases[0]!.segments = [
    { id: 's1', name: 'Lower back', durationSec: 600 },
    { id: 's2', name: 'Neck', durationSec: 900 },
  ];
  const warned = { ...segmented, sessionWarningSec: 5 * 60 };
  const cases: [string, number][] = [
    ['segment', 10 * MIN],
    ['phase-warning', 24 * MIN],
    ['phase-end', 25 * MIN],
    ['session-warning', 27 * MIN],
  ];

  it.each(cases)('gives the %s cue once, not again on resuming', (kind, dueMs) => {
    const session = sessionWith(
      [
        { type: 'start', at: T0 },
        ...(dueMs > 25 * MIN ? [{ type: 'next' as const, at: T0 + 25 * MIN }] : []),
        { type: 'pause', at: T0 + dueMs },
        { type: 'resume', at: T0 + dueMs + 2 * MIN },
      ],
      warned,
    );
    const given = cuesBetween(session, T0, T0 + dueMs + 3 * MIN).filter((cue) => cue.kind === kind);
    expect(given.map((cue) => cue.dueAt)).toEqual([T0 + dueMs]);
  });
});

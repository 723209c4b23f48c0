import { describe, expect, it } from 'vitest';
import { cuesBetween, nextCueAfter } from '../../../shared/session/cues';
import { MIN, planOf, sessionWith, T0 } from '../../helpers/sessions';

const plan = planOf(['Warm-up', 10, 5], ['Targeted work', 25, 12], ['Integration', 7, 3]);

describe('cues', () => {
  it('the next cue is due at the exact end of the current phase', () => {
    const cue = nextCueAfter(sessionWith([{ type: 'start', at: T0 }], plan), T0);
    expect(cue).toMatchObject({ kind: 'phase-end', dueAt: T0 + 10 * MIN, phaseName: 'Warm-up', nextPhaseName: 'Targeted work' });
    expect(cue?.announcement).toBe('Warm-up is done. Next: Targeted work, 25 minutes.');
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
});

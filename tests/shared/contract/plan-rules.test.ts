import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../shared/contract/channels';
import { MAX_PLAN_SEC, planSchema } from '../../../shared/contract/schemas';
import { defaultPlan60 } from '../../../shared/plans/defaults';

const problems = (plan: unknown): string[] => planSchema.safeParse(plan).error?.issues.map((issue) => issue.message) ?? [];
const first = defaultPlan60.phases[0]!;
const withFirst = (changes: Record<string, unknown>) => ({ ...defaultPlan60, phases: [{ ...first, ...changes }, ...defaultPlan60.phases.slice(1)] });
const segments = (...minutes: number[]) => minutes.map((length, index) => ({ id: `g${index}`, name: `Part ${index + 1}`, durationSec: length * 60 }));

describe('what a plan must hold together', () => {
  it('the shipped plan passes', () => {
    expect(problems(defaultPlan60)).toEqual([]);
  });

  it('a phase’s shortest length may equal its length, never exceed it', () => {
    expect(problems(withFirst({ minimumSec: first.durationSec }))).toEqual([]);
    expect(problems(withFirst({ minimumSec: first.durationSec + 1 }))).toEqual(['The shortest it may shrink to can’t be longer than the phase.']);
  });

  it('a warning has to come before the phase ends', () => {
    expect(problems(withFirst({ warningSec: first.durationSec - 1 }))).toEqual([]);
    expect(problems(withFirst({ warningSec: first.durationSec }))).toEqual(['Its warning must come before the phase ends.']);
    // A warning of 0 is no warning: a phase too short is said once, about its length.
    expect(problems(withFirst({ durationSec: 0, minimumSec: 0, warningSec: 0 }))).toEqual(['A phase must last longer than zero.']);
  });

  it('segments add up to the phase exactly', () => {
    const length = first.durationSec / 60;
    expect(problems(withFirst({ segments: segments(length - 1, 1) }))).toEqual([]);
    expect(problems(withFirst({ segments: segments(length - 1, 2) }))).toEqual(['Its segments must add up to the phase’s length.']);
    expect(problems(withFirst({ segments: [] }))).toEqual([]);
  });

  it('two segments or two phases named alike, whatever the case or spaces, are pointed at the second', () => {
    const named = segments(1, first.durationSec / 60 - 1);
    named[1]!.name = ' part 1 ';
    const result = planSchema.safeParse(withFirst({ segments: named }));
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['phases.0.segments.1.name', 'Another segment of this phase has the same name.']]);
  });

  it('phases need their own ids, at least one switched on, and eight hours at most in all', () => {
    const second = defaultPlan60.phases[1]!;
    expect(problems({ ...defaultPlan60, phases: [first, { ...second, id: first.id }] })).toEqual(['Two phases cannot share an id.']);
    expect(problems({ ...defaultPlan60, phases: defaultPlan60.phases.map((phase) => ({ ...phase, enabled: false })) })).toEqual(['A plan needs at least one phase switched on.']);
    const long = (id: string, name: string) => ({ ...first, id, name, durationSec: MAX_PLAN_SEC / 2 });
    expect(problems({ ...defaultPlan60, phases: [long('a', 'A'), long('b', 'B')] })).toEqual([]);
    expect(problems({ ...defaultPlan60, phases: [long('a', 'A'), long('b', 'B'), { ...first, id: 'c', name: 'C', durationSec: 60, minimumSec: 0 }] })).toEqual([
      'A plan can last at most 8 hours.',
    ]);
  });

  it('adding zero minutes is refused; adding or removing some is not', () => {
    const command = invokeChannels['session.command'].request;
    const adjust = (seconds: number) => command.safeParse({ sessionId: 's-1', command: { type: 'adjust', seconds } });
    expect(adjust(0).error?.issues.map((issue) => issue.message)).toEqual(['Adding zero minutes changes nothing.']);
    expect(adjust(60).success).toBe(true);
    expect(adjust(-60).success).toBe(true);
  });
});

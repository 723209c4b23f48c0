import { describe, expect, it } from 'vitest';
import { planParts } from '../../../shared/plans/plan-versions';
import type { Plan } from '../../../shared/plans/plan';
import { planOf } from '../../helpers/sessions';

const plan: Plan = {
  ...planOf(['Talk', 5, 2], ['Back work', 20, 10]),
  name: 'Deep work',
  sessionWarningSec: 300,
  warningCue: { timbre: 'bell', volume: 0.8 },
};
const shown = (record: Plan): Record<string, string> => Object.fromEntries(planParts.map((part) => [part.label, part.text(record)]));

describe('a plan as the two-versions screen reads it', () => {
  it('names each part and says it the way the room does: exact lengths, the cue’s sound and loudness', () => {
    expect(shown(plan)).toEqual({
      Name: 'Deep work',
      Phases: expect.stringMatching(/^Talk 5 minutes, ends with .*; Back work 20 minutes, ends with /),
      'Warning before the end': '5 minutes before the end',
      'Warning sound': 'bell at 80%',
    });
  });

  it('never rounds a length: half a minute and two and a half minutes read as such', () => {
    const phases = [{ ...plan.phases[0]!, durationSec: 30 }, { ...plan.phases[1]!, durationSec: 150 }];
    expect(shown({ ...plan, phases, sessionWarningSec: 90 })).toMatchObject({
      Phases: expect.stringMatching(/^Talk 30 seconds, .*; Back work 2 minutes 30 seconds, /),
      'Warning before the end': '1 minute 30 seconds before the end',
    });
  });

  it('says when a phase is switched off, which sound ends it (the usual one, none, or a chosen one), and the parts of a phase', () => {
    const [talk, back] = plan.phases;
    const phases = [
      { ...talk!, enabled: false, cue: undefined },
      { ...back!, cue: { timbre: 'none' as const, volume: 0.5 }, segments: [{ id: 'a', name: 'Lower back', durationSec: 600 }, { id: 'b', name: 'Neck', durationSec: 90 }] },
    ];
    expect(shown({ ...plan, phases }).Phases).toBe('Talk 5 minutes, switched off, ends with the usual sound; Back work 20 minutes, ends with no sound (Lower back 10 minutes, Neck 1 minute 30 seconds)');
  });

  it('says there is no warning when none is set, and the usual sound when the warning has none of its own', () => {
    expect(shown({ ...plan, sessionWarningSec: 0, warningCue: undefined })).toMatchObject({ 'Warning before the end': 'None', 'Warning sound': 'the usual sound' });
  });
});

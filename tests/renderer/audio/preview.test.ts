import { describe, expect, it } from 'vitest';
import { previewSteps, PREVIEW_MS } from '../../../renderer/audio/preview';
import { defaultPlans } from '../../../shared/plans/defaults';
import { enabledPhases, type Plan } from '../../../shared/plans/plan';
import { planOf } from '../../helpers/sessions';

/** Every cue a session run exactly to plan gives, in order, worked out from the plan alone. */
function expectedCues(plan: Plan): string[] {
  const phases = enabledPhases(plan);
  const totalSec = phases.reduce((sum, phase) => sum + phase.durationSec, 0);
  const weight = { 'session-warning': 0, 'phase-warning': 1, segment: 2, 'phase-end': 3 };
  const cues: { atSec: number; kind: keyof typeof weight; label: string }[] = [];
  let startSec = 0;
  for (const phase of phases) {
    let segmentEnd = startSec;
    for (const segment of (phase.segments ?? []).slice(0, -1)) {
      segmentEnd += segment.durationSec;
      cues.push({ atSec: segmentEnd, kind: 'segment', label: `segment ${segment.name}` });
    }
    const endSec = startSec + phase.durationSec;
    if (phase.warningSec) cues.push({ atSec: endSec - phase.warningSec, kind: 'phase-warning', label: `warning ${phase.name}` });
    cues.push({ atSec: endSec, kind: 'phase-end', label: `end ${phase.name}` });
    startSec = endSec;
  }
  if (plan.sessionWarningSec) cues.push({ atSec: totalSec - plan.sessionWarningSec, kind: 'session-warning', label: 'warning session' });
  return cues.sort((a, b) => a.atSec - b.atSec || weight[a.kind] - weight[b.kind]).map((cue) => cue.label);
}

function played(plan: Plan): string[] {
  return previewSteps(plan).map(({ cue }) => {
    if (cue.kind === 'segment') return `segment ${cue.segmentName}`;
    if (cue.kind === 'phase-warning') return `warning ${cue.phaseName}`;
    if (cue.kind === 'session-warning') return 'warning session';
    return `end ${cue.phaseName}`;
  });
}

const withSegments: Plan = {
  ...planOf(['Warm-up', 2, 1], ['Targeted work', 6, 3], ['Integration', 2, 1]),
  sessionWarningSec: 60,
};
withSegments.phases[1] = {
  ...withSegments.phases[1]!,
  warningSec: 60,
  segments: [
    { id: 's1', name: 'Lower back', durationSec: 120 },
    { id: 's2', name: 'Neck', durationSec: 180 },
    { id: 's3', name: 'Legs', durationSec: 60 },
  ],
};

describe('the cue preview plays the whole plan', () => {
  it.each([...defaultPlans.map((plan) => [plan.name, plan] as const), ['a plan with segments', withSegments] as const])(
    '%s: every cue, in order',
    (_name, plan) => {
      expect(played(plan)).toEqual(expectedCues(plan));
    },
  );

  it('every phase’s end is heard, each chime apart from the last, in about 30 seconds', () => {
    for (const plan of defaultPlans) {
      const steps = previewSteps(plan);
      expect(steps.filter((step) => step.cue.kind === 'phase-end')).toHaveLength(enabledPhases(plan).length);
      steps.slice(1).forEach((step, index) => expect(step.atMs - steps[index]!.atMs).toBeGreaterThanOrEqual(1200));
      expect(steps.at(-1)!.atMs).toBeLessThanOrEqual(PREVIEW_MS + 1200 * steps.length);
    }
  });
});

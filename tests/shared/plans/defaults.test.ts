import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../shared/contract/schemas';
import { defaultPlans, findDefaultPlan } from '../../../shared/plans/defaults';
import { plannedTotalSec } from '../../../shared/plans/plan';

describe('the plans that ship with the app', () => {
  it('every one passes the same validation as a plan the therapist writes', () => {
    for (const plan of defaultPlans) expect(planSchema.safeParse(plan).success, plan.name).toBe(true);
  });

  it('every shipped plan lasts exactly what its name says, with the phases switched on as shipped', () => {
    for (const plan of defaultPlans) {
      const named = Number(/(\d+)[ -]minute/.exec(plan.name)?.[1]);
      expect(named, plan.name).toBeGreaterThan(0);
      expect(plannedTotalSec(plan) / 60, plan.name).toBe(named);
    }
  });

  it('the 60-minute session keeps the six phases of the mission, with the table’s lengths where they fit', () => {
    const plan = findDefaultPlan('default-60')!;
    expect(plan.phases.filter((p) => p.enabled).map((p) => [p.name, p.durationSec / 60])).toEqual([
      ['Arrival & intake', 5],
      ['Consultation & assessment', 5],
      ['Warm-up', 10],
      ['Targeted work', 28],
      ['Integration', 7],
      ['Wrap-up & aftercare', 5],
    ]);
  });

  it('hands-on time stays within the seed range of 50 to 80 minutes for the 90-minute plan', () => {
    const handsOn = findDefaultPlan('default-90')!.phases.filter((p) => p.handsOn).reduce((s, p) => s + p.durationSec, 0);
    expect(handsOn / 60).toBeGreaterThanOrEqual(50);
    expect(handsOn / 60).toBeLessThanOrEqual(80);
  });

  it('technique templates include split targeted work and optional preparation and dressing time', () => {
    const deep = findDefaultPlan('deep-tissue-60')!;
    expect(deep.phases.find((p) => p.id === 'targeted')?.segments?.map((s) => [s.name, s.durationSec / 60])).toEqual([
      ['Lower back', 10],
      ['Neck & shoulders', 8],
      ['Legs', 7],
    ]);
    expect(deep.phases.filter((p) => p.optional).map((p) => [p.name, p.enabled])).toEqual([
      ['Preparation', false],
      ['Dressing time', false],
    ]);
    expect(new Set(defaultPlans.map((plan) => plan.name)).size).toBe(defaultPlans.length);
  });
});

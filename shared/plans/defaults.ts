import type { Phase, Plan } from './plan';

const minutes = (n: number): number => Math.round(n * 60);

function phase(
  id: string,
  name: string,
  durationMin: number,
  minimumMin: number,
  options: { optional?: boolean; enabled?: boolean; handsOn?: boolean } = {},
): Phase {
  return {
    id,
    name,
    durationSec: minutes(durationMin),
    minimumSec: minutes(minimumMin),
    optional: options.optional ?? false,
    enabled: options.enabled ?? true,
    handsOn: options.handsOn ?? false,
  };
}

/** The seed timeline scaled to a 60-minute booking (DESIGN.md). */
export const defaultPlan60: Plan = {
  id: 'default-60',
  name: '60-minute session',
  phases: [
    phase('arrival', 'Arrival & intake', 5, 3),
    phase('assessment', 'Consultation & assessment', 5, 3),
    phase('preparation', 'Preparation', 3, 2, { optional: true, enabled: false }),
    phase('warm-up', 'Warm-up', 10, 5, { handsOn: true }),
    phase('targeted', 'Targeted work', 25, 12, { handsOn: true }),
    phase('integration', 'Integration', 7, 3, { handsOn: true }),
    phase('wrap-up', 'Wrap-up & aftercare', 5, 3),
  ],
};

export const defaultPlans: readonly Plan[] = [defaultPlan60];

export function findDefaultPlan(id: string): Plan | undefined {
  return defaultPlans.find((plan) => plan.id === id);
}

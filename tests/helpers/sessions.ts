import { defaultPlan60 } from '../../shared/plans/defaults';
import type { Plan } from '../../shared/plans/plan';
import type { SessionEvent } from '../../shared/session/events';
import type { Session } from '../../shared/session/session';

export const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
export const MIN = 60_000;

export function sessionWith(events: SessionEvent[], plan: Plan = defaultPlan60): Session {
  return { id: 's-test', plan, createdAt: events[0]?.at ?? T0, events };
}

/** A plan of phases given as [name, minutes, minimum minutes]. */
export function planOf(...phases: [string, number, number][]): Plan {
  return {
    id: 'test-plan',
    name: 'Test plan',
    phases: phases.map(([name, minutes, minimum], index) => ({
      id: `p${index}`,
      name,
      durationSec: minutes * 60,
      minimumSec: minimum * 60,
      optional: false,
      enabled: true,
      handsOn: false,
    })),
  };
}

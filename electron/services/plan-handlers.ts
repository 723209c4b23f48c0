import type { planInvoke } from '../../shared/contract/plan-channels';
import type { Handlers } from './handlers';
import type { PlansService } from './plans';

export function planHandlers(plans: PlansService): Handlers<keyof typeof planInvoke> {
  return {
    'plans.list': () => plans.list(),
    'plans.save': ({ plan }) => plans.save(plan),
    'plans.duplicate': ({ planId }) => plans.duplicate(planId),
    'plans.delete': ({ planId }) => plans.delete(planId),
    'plans.reorder': ({ planIds }) => plans.reorder(planIds),
    'plans.restoreDefaults': () => plans.restoreDefaults(),
  };
}

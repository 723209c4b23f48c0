import type { planInvoke } from '../../shared/contract/plan-channels';
import type { Plan } from '../../shared/plans/plan';
import type { Handlers } from './handlers';
import type { PlansService } from './plans';
import type { RecordVersions } from './record-versions';

export function planHandlers(plans: PlansService, versions: RecordVersions<Plan>): Handlers<keyof typeof planInvoke> {
  return {
    'plans.list': () => plans.list(),
    'plans.save': ({ plan }) => plans.save(plan),
    'plans.duplicate': ({ planId }) => plans.duplicate(planId),
    'plans.delete': ({ planId }) => plans.delete(planId),
    'plans.reorder': ({ planIds }) => plans.reorder(planIds),
    'plans.versions': ({ planId }) => ({ ...versions.of(planId), earlier: versions.history(planId) }),
    'plans.resolve': ({ planId, revision, plan, copies }) => versions.resolve(planId, revision, () => ({ ...plan, id: planId }), copies),
    'plans.restoreDefaults': () => plans.restoreDefaults(),
  };
}

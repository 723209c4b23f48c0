import type { syncInvoke } from '../../shared/contract/sync-channels';
import type { HandoutVersions } from './handout-handlers';
import type { Handlers } from './handlers';
import type { RecordVersions } from './record-versions';
import type { Plan } from '../../shared/plans/plan';
import { CLINIC_RECORD } from './versioned-kinds';

export function syncHandlers(plans: RecordVersions<Plan>, handouts: HandoutVersions): Handlers<keyof typeof syncInvoke> {
  return {
    'sync.twoVersions': () => ({
      plans: [...plans.pending().keys()],
      templates: [...handouts.templates.pending().keys()],
      clinic: handouts.clinic.pending().has(CLINIC_RECORD),
    }),
  };
}

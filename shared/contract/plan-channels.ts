import { z } from 'zod';
import { idSchema, MAX_PLANS, planSchema } from './schemas';
import { basedOnSchema, copiesSchema, versionsOf } from './version-channels';

const empty = z.strictObject({});
const planId = z.strictObject({ planId: idSchema });

/** The therapist's library of session plans. */
export const planInvoke = {
  'plans.list': { request: empty, response: z.array(planSchema) },
  /** Creates the plan if its id is new, otherwise replaces it. Running sessions keep their own copy. */
  'plans.save': { request: z.strictObject({ plan: planSchema }), response: planSchema },
  'plans.duplicate': { request: planId, response: planSchema },
  'plans.delete': { request: planId, response: z.array(planSchema) },
  'plans.reorder': {
    request: z.strictObject({ planIds: z.array(idSchema).max(MAX_PLANS) }),
    response: z.array(planSchema),
  },
  /** The plan, any other version a sync engine left beside it, and the versions kept in its history. */
  'plans.versions': { request: planId, response: versionsOf(planSchema) },
  /** Settles two versions: the plan as chosen becomes a new revision; both versions are kept in the history. */
  'plans.resolve': {
    request: z.strictObject({ planId: idSchema, revision: basedOnSchema, plan: planSchema, copies: copiesSchema }),
    response: planSchema,
  },
  /** Puts back any plan that ships with the app and is missing. */
  'plans.restoreDefaults': { request: empty, response: z.array(planSchema) },
};

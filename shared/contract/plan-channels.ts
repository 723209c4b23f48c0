import { z } from 'zod';
import { idSchema, MAX_PLANS, planSchema } from './schemas';

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
  /** Puts back any plan that ships with the app and is missing. */
  'plans.restoreDefaults': { request: empty, response: z.array(planSchema) },
};

import { z } from 'zod';
import { recordKinds } from '../sync/record-kinds';
import { idSchema } from './schemas';

/** Which plans, templates and clinic header have a second version waiting to be settled (clients say so in their listing). */
export const syncInvoke = {
  'sync.twoVersions': {
    request: z.strictObject({}),
    response: z.strictObject({ plans: z.array(idSchema), templates: z.array(idSchema), clinic: z.boolean() }),
  },
};

/** Records another room (through the sync engine) or a person changed in the data folder. */
export const syncPush = {
  'records.changed': z.strictObject({
    kind: z.enum(recordKinds),
    id: z.string().nullable(),
    change: z.enum(['added', 'changed', 'removed']),
    conflictCopy: z.boolean(),
  }),
};

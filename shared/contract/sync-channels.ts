import { z } from 'zod';
import { recordKinds } from '../sync/record-kinds';

/** Records another room (through the sync engine) or a person changed in the data folder. */
export const syncPush = {
  'records.changed': z.strictObject({
    kind: z.enum(recordKinds),
    id: z.string().nullable(),
    change: z.enum(['added', 'changed', 'removed']),
    conflictCopy: z.boolean(),
  }),
};

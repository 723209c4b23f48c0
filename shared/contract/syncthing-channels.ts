import { z } from 'zod';
import { syncthingStates } from '../sync/syncthing-state';
import { timestampSchema } from './schemas';

const empty = z.strictObject({});

export const syncthingStatusSchema = z.strictObject({
  state: z.enum(syncthingStates),
  address: z.string().max(200).nullable(),
  percent: z.number().int().min(0).max(100).nullable(),
  connected: z.number().int().nonnegative(),
  lastChange: timestampSchema.nullable(),
  /** The data folder Syncthing should share, as a path on this computer (named when it does not). */
  folderPath: z.string().max(4096),
});
export type SyncthingStatus = z.infer<typeof syncthingStatusSchema>;

/** The local Syncthing's view of this room's data folder: the therapist gives its address and API key once. */
export const syncthingInvoke = {
  'syncthing.status': { request: empty, response: syncthingStatusSchema },
  'syncthing.connect': {
    request: z.strictObject({
      address: z.string().trim().min(1, 'Give the address of Syncthing on this computer.').max(200, 'That address is too long.'),
      apiKey: z
        .string()
        .trim()
        .min(1, 'Give the API key shown in Syncthing under Actions → Settings → GUI.')
        .max(200, 'That is longer than a Syncthing API key.')
        .regex(/^[A-Za-z0-9._~+/=-]+$/, 'A Syncthing API key is letters, digits and a few signs, with no spaces. Copy it again from Syncthing.'),
    }),
    response: syncthingStatusSchema,
  },
  'syncthing.forget': { request: empty, response: syncthingStatusSchema },
};

export const syncthingPush = {
  /** The state changed (checked every few seconds while an address is set). */
  'syncthing.changed': syncthingStatusSchema,
};

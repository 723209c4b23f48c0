import { z } from 'zod';

/**
 * Syncthing's REST answers as the status reads them. What marks an answer as Syncthing's (its id, its folders)
 * must be there: an answer without it comes from something else at that address (another program, a proxy).
 * The figures are read leniently, as before: one Syncthing leaves out or words differently is taken as nothing to do.
 */
export const syncthingAnswers = {
  system: z.looseObject({ myID: z.string() }),
  folders: z.array(
    z.looseObject({
      id: z.string(),
      path: z.string(),
      paused: z.unknown().optional(),
      devices: z.array(z.looseObject({ deviceID: z.string() })).optional(),
    }),
  ),
  connections: z.looseObject({ connections: z.record(z.string(), z.looseObject({ connected: z.unknown().optional(), paused: z.unknown().optional() })).nullish() }),
  local: z.looseObject({ state: z.unknown().optional(), needBytes: z.unknown().optional(), globalBytes: z.unknown().optional(), needTotalItems: z.unknown().optional() }),
  completion: z.looseObject({ completion: z.unknown().optional() }),
  folderStats: z.record(z.string(), z.unknown()),
};

import { z } from 'zod';

/**
 * The parts of Syncthing's REST answers the status reads. Anything more Syncthing sends is let through unread;
 * an answer without these parts is not Syncthing's (another program, or a proxy, at that address).
 */
export const syncthingAnswers = {
  system: z.looseObject({ myID: z.string() }),
  folders: z.array(
    z.looseObject({
      id: z.string(),
      path: z.string(),
      paused: z.boolean().optional(),
      devices: z.array(z.looseObject({ deviceID: z.string() })).optional(),
    }),
  ),
  connections: z.looseObject({
    connections: z.record(z.string(), z.looseObject({ connected: z.boolean().default(false), paused: z.boolean().default(false) })).optional(),
  }),
  local: z.looseObject({
    state: z.string(),
    needBytes: z.number().optional(),
    globalBytes: z.number().optional(),
    needTotalItems: z.number().optional(),
  }),
  completion: z.looseObject({ completion: z.number().optional() }),
  folderStats: z.record(z.string(), z.looseObject({ lastFile: z.looseObject({ at: z.string().optional() }).optional() })),
};

import { z } from 'zod';
import { pressureLevelSchema, regionSchema, techniqueSchema } from './care-schemas';
import { idSchema } from './schemas';

/** Where the therapist's hands are: the region, technique and pressure the next log entry will carry. */
export const pressureSelectionSchema = z.strictObject({
  region: regionSchema,
  technique: techniqueSchema,
  level: pressureLevelSchema,
});

/**
 * The room's own state for the running session, kept by the back end so a
 * reload or a restart of the app puts the room back as the therapist left it.
 */
export const roomInvoke = {
  'room.selection.get': {
    request: z.strictObject({ sessionId: idSchema }),
    response: pressureSelectionSchema.nullable(),
  },
  'room.selection.set': {
    request: z.strictObject({ sessionId: idSchema, selection: pressureSelectionSchema }),
    response: pressureSelectionSchema,
  },
};

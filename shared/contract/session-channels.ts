import { z } from 'zod';
import { careIdSchema } from './care-schemas';
import { cueSchema, idSchema, sessionCommandSchema, sessionSchema } from './schemas';

const empty = z.strictObject({});

/** Running a session: start, commands, and what the back end pushes while it runs. */
export const sessionInvoke = {
  'session.start': {
    request: z.strictObject({ planId: idSchema, clientId: careIdSchema.optional() }),
    response: sessionSchema,
  },
  'session.command': {
    request: z.strictObject({ sessionId: idSchema, command: sessionCommandSchema }),
    response: sessionSchema,
  },
  'session.current': { request: empty, response: sessionSchema.nullable() },
};

export const sessionPush = {
  'session.changed': z.strictObject({ session: sessionSchema.nullable() }),
  'cue.due': cueSchema,
  'cue.missed': z.strictObject({ count: z.number().int().positive(), latest: cueSchema }),
};

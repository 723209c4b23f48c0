import { z } from 'zod';
import { appSettingsViewSchema } from './app-channels';
import { dataStatusSchema } from './data-channels';
import { planSchema, sessionSchema } from './schemas';
import { roomSettingsSchema } from './settings-channels';

/** What the first screen needs, each part exactly as its own channel answers it. */
export const startAnswerSchema = z.strictObject({
  app: appSettingsViewSchema,
  room: roomSettingsSchema,
  session: sessionSchema.nullable(),
  plans: z.array(planSchema),
  data: dataStatusSchema,
});

/** The window asks once at load, so the room is usable after one round trip instead of five. */
export const startInvoke = {
  'app.start': { request: z.strictObject({}), response: startAnswerSchema },
};

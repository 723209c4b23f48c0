import { z } from 'zod';
import { themes } from '../settings/room-settings';
import { roomNameSchema } from './care-schemas';

export const roomSettingsSchema = z.strictObject({
  theme: z.enum(themes, 'The theme is dark, amber, light or system.'),
  silent: z.boolean(),
  volume: z.number().min(0, 'Volume runs from 0 to 1.').max(1, 'Volume runs from 0 to 1.'),
  spokenCues: z.boolean(),
  keepEndTime: z.boolean(),
  /** This installation's room ("Room 2", "Front desk"); never synced to other rooms. */
  roomName: roomNameSchema.optional(),
});

/** Room settings: read, change some fields, and hear when another window changed them. */
export const settingsInvoke = {
  'settings.get': { request: z.strictObject({}), response: roomSettingsSchema },
  'settings.update': { request: roomSettingsSchema.partial(), response: roomSettingsSchema },
  /** The compact always-on-top window; browser mode answers that it has none. */
  'room.miniWindow': {
    request: z.strictObject({ open: z.boolean() }),
    response: z.strictObject({ supported: z.boolean(), open: z.boolean() }),
  },
};

export const settingsPush = {
  'settings.changed': roomSettingsSchema,
};

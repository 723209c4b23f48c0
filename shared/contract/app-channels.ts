import { z } from 'zod';
import { cueSoundChoices, menuCommands } from '../app/app-settings';
import { idSchema } from './schemas';

const empty = z.strictObject({});

function text(max: number, what: string) {
  return z
    .string()
    .trim()
    .max(max, `${what} is at most ${max} characters.`)
    .regex(/^[^\u0000-\u0008\u000B-\u001F\u007F]*$/, `${what} holds characters that cannot be printed.`);
}

/** What is stored: whether the welcome was seen, and the choices made there. */
export const appSettingsSchema = z.strictObject({
  welcomeSeen: z.boolean(),
  defaultPlanId: idSchema.nullable(),
  cueSound: z.enum(cueSoundChoices, 'The cue sound is one of the listed sounds.'),
});

export const appSettingsViewSchema = appSettingsSchema.extend({
  /** True on the first start of an empty data folder, until the welcome is finished or skipped. */
  showWelcome: z.boolean(),
  /**
   * The computer's regional format for dates and times (the desktop app asks the system, whose region can differ
   * from its language); null where the window's own default already follows the computer (browser mode).
   */
  formatLocale: z.string().max(50).nullable(),
});

export const welcomeAnswersSchema = z.strictObject({
  clinicName: text(200, 'The clinic name'),
  clinicContact: text(500, 'The clinic contact'),
  therapistName: text(200, 'The therapist name'),
  defaultPlanId: idSchema,
  cueSound: z.enum(cueSoundChoices, 'The cue sound is one of the listed sounds.'),
});

/** The first-run welcome and the app-wide choices it makes. */
export const appInvoke = {
  'app.settings.get': { request: empty, response: appSettingsViewSchema },
  /** Saves the welcome's answers: clinic header for handouts, default plan, cue sound. */
  'app.welcome.finish': { request: welcomeAnswersSchema, response: appSettingsViewSchema },
  /** Closes the welcome without changing anything; it is not shown again unless asked for. */
  'app.welcome.skip': { request: empty, response: appSettingsViewSchema },
};

export const appPush = {
  /** A menu item of the desktop app, for the window to act on. */
  'app.menu': z.strictObject({ command: z.enum(menuCommands) }),
};

import { z } from 'zod';
import { regionIds } from '../body/regions';
import { languages } from '../i18n/languages';
import { ageBands, type Client, type ClientFields } from '../clients/client';
import { PRESSURE_MAX, PRESSURE_MIN, responses, type PressureChange, type PressureLog } from '../pressure/log';
import { techniqueIds } from '../pressure/techniques';
import { soapFields, type Amendment, type SessionRecord, type Soap } from '../record/record';
import { screeningIds, screeningLevels } from '../screening/catalogue';
import type { CarriedScreening } from '../screening/carried';
import type { Intake, ScreeningAcknowledgement } from '../screening/intake';

/*
 * Schemas for clients, intake, the pressure log and the session record. They
 * import nothing from schemas.ts, which spreads `sessionCareFields` into the
 * session schema (so there is no import cycle).
 */

export const careIdSchema = z
  .string()
  .min(1, 'An id cannot be empty.')
  .max(80, 'An id is at most 80 characters.')
  .regex(/^[A-Za-z0-9_-]+$/, 'An id may only hold letters, digits, "-" and "_".');

const at = z.number().int().nonnegative();

/** Free text: trimmed, bounded, no control characters other than line breaks and tabs. */
function text(max: number, what: string) {
  return z
    .string()
    .trim()
    .max(max, `${what} is at most ${max} characters.`)
    .refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), `${what} holds characters that cannot be stored.`);
}

/** A pain score; `missing` is said when there is none (or no number) where one is needed. */
const painScore = (missing: string) =>
  z.number({ error: missing }).int('Pain is a whole number from 0 to 10.').min(0, 'Pain is at least 0.').max(10, 'Pain is at most 10.');

export const painSchema = painScore('Pain is a number from 0 to 10.');

/** Pain after as a signed record needs it. */
export const signedPainSchema = painScore('Give pain after, from 0 to 10, before signing.');

export const pressureLevelSchema = z
  .number({ error: 'Pressure is a number from 1 to 10.' })
  .int('Pressure is a whole number from 1 to 10.')
  .min(PRESSURE_MIN, 'Pressure is at least 1.')
  .max(PRESSURE_MAX, 'Pressure is at most 10.');

export const regionSchema = z.enum(regionIds, { error: 'That is not a body region Stillpoint knows.' });
export const techniqueSchema = z.enum(techniqueIds, { error: 'That is not a technique Stillpoint knows.' });
export const responseSchema = z.enum(responses, { error: 'Feedback is more, just right, less or stop.' });
const regionList = z.array(regionSchema).max(regionIds.length).refine((list) => new Set(list).size === list.length, 'A region is listed twice.');

// ---- clients

/** A language handouts can be written in. */
export const languageSchema = z.enum(languages, { error: 'Choose a language from the list: English, Spanish, French, German or Portuguese (Brazil).' });

/** Date.parse rolls 30 February over into March; a real date reads back as itself. */
function isRealDate(value: string): boolean {
  const parsed = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === value;
}

// Each check stops the ones after it: a date written another way is not also "not a real date" and "out of range".
const isoDate = z
  .string()
  .trim()
  .refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value), { message: 'Give the date of birth as a day, a month and a four-digit year (in a file: 1984-02-29).', abort: true })
  .refine((value) => value === '' || isRealDate(value), { message: 'That date of birth is not a real date.', abort: true })
  .refine((value) => value === '' || (value >= '1900-01-01' && value <= '2100-01-01'), 'A date of birth must fall between 1900 and 2100; check the year.');

export const clientFieldsSchema = z.strictObject({
  name: text(120, 'A name').pipe(z.string().min(1, 'A client needs a name.')),
  contact: text(200, 'Contact'),
  dateOfBirth: isoDate,
  ageBand: z.enum(ageBands, { error: 'Choose an age band from the list.' }).nullable(),
  goals: text(1000, 'Goals'),
  notes: text(4000, 'Notes'),
  preferredPressure: pressureLevelSchema.nullable(),
  preferredLanguage: languageSchema.optional(),
}) satisfies z.ZodType<ClientFields, unknown>;

/*
 * What a person types in for a client: a date of birth still to come is a slip of the keyboard. Only here,
 * never in the stored record's schema, so a record saved before this check still reads. Today ends last
 * at UTC+14, so no one's today is refused.
 */
const latestToday = (): string => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
export const enteredClientFieldsSchema = clientFieldsSchema.refine((fields) => fields.dateOfBirth === '' || fields.dateOfBirth <= latestToday(), {
  message: 'A date of birth cannot be in the future.',
  path: ['dateOfBirth'],
});

/** The room that wrote a record, as its therapist named it in Settings. */
export const roomNameSchema = z.string().trim().max(40, 'A room name is at most 40 characters.');

/** Which room last wrote a shared record (plan, template, clinic header), when, and which revision that made it. */
export const writtenBySchema = z.strictObject({
  room: roomNameSchema,
  at: z.number().int().nonnegative(),
  // Absent on records saved before revisions were counted.
  revision: z.number().int().positive().optional(),
});

export const clientSchema = clientFieldsSchema.extend({
  id: careIdSchema,
  revision: z.number().int().positive(),
  createdAt: at,
  updatedAt: at,
  archived: z.boolean(),
  room: roomNameSchema.optional(),
}) satisfies z.ZodType<Client, unknown>;

export const clientListingSchema = z.strictObject({
  id: careIdSchema,
  name: z.string(),
  archived: z.boolean(),
  updatedAt: at,
  createdAt: at.optional(),
  dateOfBirth: z.string().optional(),
  contact: z.string().optional(),
  otherVersions: z.number().int().positive().optional(),
});

// ---- intake and screening

export const screeningAnswerSchema = z.strictObject({
  id: z.enum(screeningIds, { error: 'That is not a screening question Stillpoint knows.' }),
  level: z.enum(screeningLevels, { error: 'The level is proceed, modify or consult.' }),
  note: text(500, 'A screening note'),
  avoidRegions: regionList,
});

export const intakeFieldsSchema = z.strictObject({
  screening: z
    .array(screeningAnswerSchema)
    .max(screeningIds.length)
    .refine((list) => new Set(list.map((answer) => answer.id)).size === list.length, 'A condition is listed twice.'),
  confirmedUnchanged: z.boolean(),
  painNow: painSchema,
  painRegions: regionList,
  painQuality: text(300, 'What the pain feels like'),
  goals: text(1000, 'Goals for today'),
  // Asked only since a later version: an intake kept (or sent) without them reads with both empty.
  allergies: text(1000, 'Allergies').default(''),
  medications: text(1000, 'Medications').default(''),
});

export const intakeSchema = intakeFieldsSchema.extend({ recordedAt: at }) satisfies z.ZodType<Intake, unknown>;

export const carriedScreeningSchema = z.strictObject({
  fromSessionId: careIdSchema,
  recordedAt: at,
  screening: intakeFieldsSchema.shape.screening,
  // Carried only since a later version: a session started before reads with both empty.
  allergies: intakeFieldsSchema.shape.allergies,
  medications: intakeFieldsSchema.shape.medications,
}) satisfies z.ZodType<CarriedScreening, unknown>;

export const decisionSchema = z.enum(['proceed', 'modify', 'postpone'], { error: 'The decision is proceed, modify or postpone.' });

export const acknowledgementSchema = z.strictObject({
  at,
  decision: decisionSchema,
  note: text(500, 'The decision note'),
}) satisfies z.ZodType<ScreeningAcknowledgement, unknown>;

// ---- pressure log

export const pressureEntrySchema = z.strictObject({
  id: careIdSchema,
  at,
  sessionMs: z.number().int().nonnegative(),
  phaseIndex: z.number().int().nonnegative(),
  phaseName: z.string().max(60),
  region: regionSchema,
  technique: techniqueSchema,
  level: pressureLevelSchema,
  response: responseSchema,
  note: text(200, 'A note'),
});

export const pressureChangeSchema = z
  .strictObject({
    region: regionSchema.optional(),
    technique: techniqueSchema.optional(),
    level: pressureLevelSchema.optional(),
    response: responseSchema.optional(),
    note: text(200, 'A note').optional(),
    withdrawn: z.boolean().optional(),
  })
  .refine((change) => Object.values(change).some((value) => value !== undefined), 'A correction has to change something.') satisfies z.ZodType<PressureChange, unknown>;

export const pressureLogSchema = z.strictObject({
  entries: z.array(pressureEntrySchema),
  corrections: z.array(z.strictObject({ at, entryId: careIdSchema, change: pressureChangeSchema })),
}) satisfies z.ZodType<PressureLog, unknown>;

// ---- session record

export const soapSchema = z.strictObject({
  subjective: text(4000, 'Subjective'),
  objective: text(4000, 'Objective'),
  assessment: text(4000, 'Assessment'),
  plan: text(4000, 'Plan'),
}) satisfies z.ZodType<Soap, unknown>;

export const signerSchema = text(80, 'The signature').pipe(z.string().min(1, 'Type your name to sign.'));
export const reasonSchema = text(500, 'The reason').pipe(z.string().min(1, 'Say why the record is amended.'));

export const amendmentSchema = z.union([
  z.strictObject({ at, by: signerSchema, reason: reasonSchema, field: z.enum(soapFields), text: text(4000, 'The amended text') }),
  z.strictObject({ at, by: signerSchema, reason: reasonSchema, field: z.literal('painAfter'), painAfter: painSchema }),
]) satisfies z.ZodType<Amendment, unknown>;

export const sessionRecordSchema = z.strictObject({
  painAfter: painSchema.nullable(),
  soap: soapSchema,
  savedAt: at,
  signature: z.strictObject({ at, by: signerSchema }).nullable(),
  amendments: z.array(amendmentSchema),
}) satisfies z.ZodType<SessionRecord, unknown>;

/** The optional parts of a session file that this feature adds. */
export const sessionCareFields = {
  clientId: careIdSchema.optional(),
  intake: intakeSchema.optional(),
  carriedScreening: carriedScreeningSchema.optional(),
  acknowledgement: acknowledgementSchema.optional(),
  pressure: pressureLogSchema.optional(),
  record: sessionRecordSchema.optional(),
};

import { z } from 'zod';
import {
  acknowledgementSchema,
  careIdSchema,
  clientFieldsSchema,
  enteredClientFieldsSchema,
  clientListingSchema,
  clientSchema,
  decisionSchema,
  intakeFieldsSchema,
  painSchema,
  signedPainSchema,
  pressureChangeSchema,
  pressureLevelSchema,
  reasonSchema,
  regionSchema,
  responseSchema,
  roomNameSchema,
  signerSchema,
  soapSchema,
  techniqueSchema,
} from './care-schemas';
import type { HistoryEntry } from '../record/history';
import { sessionSchema } from './schemas';
import { copiesSchema, versionsOf } from './version-channels';

const historyEntrySchema = z.strictObject({
  sessionId: careIdSchema,
  at: z.number().int().nonnegative(),
  planName: z.string(),
  painBefore: painSchema.nullable(),
  painAfter: painSchema.nullable(),
  regions: z.array(z.strictObject({ region: regionSchema, level: pressureLevelSchema, response: responseSchema })),
  hasIntake: z.boolean(),
  signed: z.boolean(),
  handoutsGiven: z.number().int().nonnegative(),
  room: roomNameSchema.optional(),
}) satisfies z.ZodType<HistoryEntry, unknown>;

const revision = z.number({ error: 'Say which revision the change is based on.' }).int().positive();
const draftBasedOn = z.number({ error: 'Say which saved draft the record is based on.' }).int().nonnegative().nullable();

/** Clients: create, edit (with the revision the edit started from), find, archive, history, export. */
export const clientInvoke = {
  'clients.search': {
    request: z.strictObject({
      query: z.string().max(120, 'A search is at most 120 characters.'),
      includeArchived: z.boolean().optional(),
    }),
    response: z.strictObject({
      total: z.number().int().nonnegative(),
      /** How many match the search; `clients` lists the first fifty of them. */
      found: z.number().int().nonnegative(),
      clients: z.array(clientListingSchema),
      /** Client files that could not be read; they stay on disk untouched. */
      unreadable: z.array(z.string()),
    }),
  },
  /** The active clients already called by a name (whatever its case, accents or spacing), to ask before a second is saved. */
  'clients.sameName': {
    request: z.strictObject({
      name: z.string().max(120, 'A name is at most 120 characters.'),
      /** The client being renamed, left out of the answer. */
      except: careIdSchema.optional(),
    }),
    response: z.strictObject({ clients: z.array(clientListingSchema) }),
  },
  'clients.get': { request: z.strictObject({ clientId: careIdSchema }), response: clientSchema },
  'clients.create': { request: z.strictObject({ fields: enteredClientFieldsSchema }), response: clientSchema },
  'clients.update': {
    request: z.strictObject({ clientId: careIdSchema, revision, fields: enteredClientFieldsSchema }),
    response: clientSchema,
  },
  'clients.archive': {
    request: z.strictObject({ clientId: careIdSchema, revision, archived: z.boolean() }),
    response: clientSchema,
  },
  /** The client, any other version a sync engine left beside it, and the versions kept in its history. */
  'clients.versions': {
    request: z.strictObject({ clientId: careIdSchema }),
    response: versionsOf(clientSchema),
  },
  /** Settles two versions: the chosen fields become a new revision; both versions are kept in the history. */
  'clients.resolve': {
    request: z.strictObject({
      clientId: careIdSchema,
      revision,
      fields: clientFieldsSchema,
      copies: copiesSchema,
    }),
    response: clientSchema,
  },
  /** A summary of every session of the client, oldest first; open one with clients.session. */
  'clients.history': {
    request: z.strictObject({ clientId: careIdSchema }),
    response: z.strictObject({ client: clientSchema, sessions: z.array(historyEntrySchema) }),
  },
  /** One whole session of the client, when the therapist opens its record. */
  'clients.session': {
    request: z.strictObject({ clientId: careIdSchema, sessionId: careIdSchema }),
    response: sessionSchema,
  },
  'clients.export': {
    request: z.strictObject({ clientId: careIdSchema, format: z.enum(['csv', 'json'], { error: 'Export as csv or json.' }) }),
    response: z.strictObject({ fileName: z.string(), mimeType: z.string(), text: z.string() }),
  },
};

const sessionId = careIdSchema;

/** Intake, screening acknowledgement, the pressure log and the signed record: all written to the session's file. */
export const recordInvoke = {
  'intake.save': { request: z.strictObject({ sessionId, intake: intakeFieldsSchema }), response: sessionSchema },
  'intake.acknowledge': {
    request: z.strictObject({ sessionId, decision: decisionSchema, note: acknowledgementSchema.shape.note }),
    response: sessionSchema,
  },
  'pressure.log': {
    request: z.strictObject({
      sessionId,
      region: regionSchema,
      technique: techniqueSchema,
      level: pressureLevelSchema,
      response: responseSchema,
      note: z.string().trim().max(200, 'A note is at most 200 characters.').optional(),
    }),
    response: sessionSchema,
  },
  'pressure.correct': {
    request: z.strictObject({ sessionId, entryId: careIdSchema, change: pressureChangeSchema }),
    response: sessionSchema,
  },
  /** `basedOn`: when the draft the window edits was saved (null: never), so a second window cannot save over it unseen. */
  'record.save': {
    request: z.strictObject({ sessionId, painAfter: painSchema.nullable(), soap: soapSchema, basedOn: draftBasedOn }),
    response: sessionSchema,
  },
  'record.sign': {
    request: z.strictObject({ sessionId, painAfter: signedPainSchema, soap: soapSchema, by: signerSchema, basedOn: draftBasedOn }),
    response: sessionSchema,
  },
  'record.amend': {
    request: z.strictObject({
      sessionId,
      by: signerSchema,
      reason: reasonSchema,
      field: z.enum(['subjective', 'objective', 'assessment', 'plan', 'painAfter']),
      text: z.string().trim().max(4000, 'The amended text is at most 4000 characters.').optional(),
      painAfter: painSchema.optional(),
    }),
    response: sessionSchema,
  },
};

import { z } from 'zod';
import {
  givenHandoutSchema,
  handoutDocumentSchema,
  handoutSettingsSchema,
  handoutTemplateSchema,
  paperSchema,
} from './handout-schemas';
import { idSchema } from './schemas';
import { basedOnSchema, copiesSchema, versionsOf } from './version-channels';

const empty = z.strictObject({});

/** A handout to print or save; with a sessionId it is also noted in that session's record. */
export const handoutPrintRequestSchema = z.strictObject({
  sessionId: idSchema.optional(),
  document: handoutDocumentSchema,
  paper: paperSchema,
  largePrint: z.boolean(),
});

/** Aftercare handouts: clinic header, templates, and printing or saving as PDF. */
export const handoutInvoke = {
  'handout.settings.get': { request: empty, response: handoutSettingsSchema },
  'handout.settings.save': { request: handoutSettingsSchema, response: handoutSettingsSchema },
  /** The clinic header, any other version a sync engine left beside it, and the versions kept in its history. */
  'handout.settings.versions': { request: empty, response: versionsOf(handoutSettingsSchema) },
  /** Settles two versions of the clinic header: the one chosen becomes a new revision; both are kept in the history. */
  'handout.settings.resolve': {
    request: z.strictObject({ revision: basedOnSchema, settings: handoutSettingsSchema, copies: copiesSchema }),
    response: handoutSettingsSchema,
  },
  'handout.templates.list': { request: empty, response: z.array(handoutTemplateSchema) },
  'handout.templates.save': {
    request: handoutTemplateSchema.extend({ id: idSchema.optional() }),
    response: handoutTemplateSchema,
  },
  'handout.templates.delete': { request: z.strictObject({ id: idSchema }), response: z.array(handoutTemplateSchema) },
  'handout.templates.versions': { request: z.strictObject({ id: idSchema }), response: versionsOf(handoutTemplateSchema) },
  'handout.templates.resolve': {
    request: z.strictObject({ id: idSchema, revision: basedOnSchema, template: handoutTemplateSchema, copies: copiesSchema }),
    response: handoutTemplateSchema,
  },
  /** The Handout screen opened: get the printer ready so the first save is as quick as later ones. */
  'handout.prepare': { request: empty, response: empty },
  /** Browser mode: the PDF comes back to be offered as a download. */
  'handout.pdf': {
    request: handoutPrintRequestSchema,
    response: z.strictObject({ fileName: z.string(), pdfBase64: z.string() }),
  },
  /** Desktop app: the system print dialog. */
  'handout.print': { request: handoutPrintRequestSchema, response: z.strictObject({ printed: z.boolean() }) },
  /** Desktop app: a save dialog, then the PDF written where the therapist chose. */
  'handout.savePdf': {
    request: handoutPrintRequestSchema,
    response: z.strictObject({ savedTo: z.string().nullable() }),
  },
  'handout.given': { request: z.strictObject({ sessionId: idSchema }), response: z.array(givenHandoutSchema) },
};

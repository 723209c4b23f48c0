import { z } from 'zod';
import { regionIds } from '../body/regions';
import { diagramTones, diagramViewBox } from '../handout/content/stretch';
import { stretchLibrary } from '../handout/content/stretches';
import { isoDatePattern, isRealDate } from '../handout/dates';
import { languages } from '../i18n/languages';
import { writtenBySchema } from './care-schemas';
import { papers, sectionIds } from '../handout/document';
import { logoProblem, MAX_LOGO_BYTES } from '../handout/logo';

// Kept free of ./schemas imports: sessionSchema there uses givenHandoutSchema from here.
const recordIdSchema = z
  .string()
  .min(1, 'An id cannot be empty.')
  .max(80, 'An id is at most 80 characters.')
  .regex(/^[A-Za-z0-9_-]+$/, 'An id may only hold letters, digits, "-" and "_".');

/** A line of handout text: no control characters apart from line breaks. */
function text(max: number, what: string) {
  return z
    .string()
    .max(max, `${what} is at most ${max} characters.`)
    .regex(/^[^\u0000-\u0008\u000B-\u001F\u007F]*$/, `${what} holds characters that cannot be printed.`);
}

function required(max: number, what: string) {
  return text(max, what).refine((value) => value.trim().length > 0, `${what} cannot be empty.`);
}

const coordinate = z.number().finite().min(-1000).max(1000);

const pathCommands = /^[MmLlHhVvCcSsQqTtAaZz0-9.,\s-]*$/;

export const diagramStrokeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('line'), x1: coordinate, y1: coordinate, x2: coordinate, y2: coordinate }),
  z.strictObject({ kind: z.literal('circle'), cx: coordinate, cy: coordinate, r: z.number().finite().min(0).max(1000) }),
  z.strictObject({ kind: z.literal('path'), d: z.string().max(2000).regex(pathCommands) }),
  // A whole start-position ghost is one shape, so a shape may be longer than an outline path.
  z.strictObject({ kind: z.literal('shape'), d: z.string().max(6000).regex(pathCommands), tone: z.enum(diagramTones) }),
  z.strictObject({
    kind: z.literal('arrow'),
    x1: coordinate,
    y1: coordinate,
    x2: coordinate,
    y2: coordinate,
    bend: coordinate.optional(),
  }),
]);

export const diagramSchema = z.strictObject({
  viewBox: z.literal(diagramViewBox),
  strokes: z.array(diagramStrokeSchema).max(60).readonly(),
});

export const handoutItemSchema = z.strictObject({
  label: required(120, 'A label').optional(),
  text: required(1500, 'A line of the handout'),
});

export const handoutBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('paragraph'), text: required(4000, 'A paragraph') }),
  z.strictObject({
    kind: z.literal('list'),
    title: required(120, 'A list title').optional(),
    items: z.array(handoutItemSchema).min(1, 'A list needs at least one line.').max(40),
  }),
]);

export const handoutStretchSchema = z.strictObject({
  id: recordIdSchema,
  name: required(120, 'A stretch name'),
  steps: z.array(required(500, 'A step')).min(1, 'A stretch needs at least one step.').max(12),
  holdSeconds: z.number().int().min(1).max(600),
  repetitions: z.number().int().min(1).max(30),
  perSide: z.boolean(),
  caution: required(500, 'A stretch caution').optional(),
  diagram: diagramSchema.optional(),
});

export const handoutSectionSchema = z
  .strictObject({
    id: z.enum(sectionIds),
    heading: required(120, 'A section heading'),
    blocks: z.array(handoutBlockSchema).max(30),
    stretches: z.array(handoutStretchSchema).max(12).optional(),
  })
  .refine((section) => section.blocks.length > 0 || (section.stretches?.length ?? 0) > 0, {
    message: 'A section cannot be empty.',
    path: ['blocks'],
  });

export const isoDateSchema = z
  .string()
  .regex(isoDatePattern, 'Give the date as a day, a month and a four-digit year (in a file: 2026-03-14).')
  .refine(isRealDate, 'That date does not exist.');

export const logoSchema = z
  .string()
  .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 64, `The logo is too large (at most ${MAX_LOGO_BYTES / 1024} KB).`)
  .superRefine((value, context) => {
    const problem = logoProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** A logo kept once in the data folder, named by the SHA-256 of its data URL: how given handouts refer to theirs. */
export const logoRefSchema = z.string().regex(/^logo:[0-9a-f]{64}$/, 'That is not a stored logo.');

export const handoutLanguageSchema = z.enum(languages, {
  error: 'Choose a language from the list: English, Spanish, French, German or Portuguese (Brazil).',
});

/** Versions of a clinic text in other languages, keyed by language. */
function versions<T extends z.ZodType>(schema: T) {
  return z.partialRecord(handoutLanguageSchema, schema);
}

export const handoutDocumentSchema = z
  .strictObject({
    language: handoutLanguageSchema.optional(),
    title: required(300, 'The title'),
    clientName: required(200, 'The client name').optional(),
    date: isoDateSchema,
    therapist: required(200, 'The therapist name').optional(),
    clinicName: required(200, 'The clinic name').optional(),
    clinicContact: required(500, 'The clinic contact').optional(),
    logo: z.union([logoSchema, logoRefSchema]).optional(),
    intro: z.array(required(500, 'An intro line')).max(10),
    sections: z.array(handoutSectionSchema).max(sectionIds.length),
  })
  .refine((doc) => new Set(doc.sections.map((section) => section.id)).size === doc.sections.length, {
    message: 'A section appears twice.',
    path: ['sections'],
  });

export const paperSchema = z.enum(papers);

export const givenHandoutSchema = z.strictObject({
  givenAt: z.number().int().nonnegative(),
  paper: paperSchema,
  largePrint: z.boolean(),
  document: handoutDocumentSchema,
});

const clinicHeaderWordsSchema = z.strictObject({
  name: text(200, 'The clinic name').optional(),
  contact: text(500, 'The clinic contact').optional(),
});

export const clinicSettingsSchema = z.strictObject({
  name: text(200, 'The clinic name').optional(),
  contact: text(500, 'The clinic contact').optional(),
  therapist: text(200, 'The therapist name').optional(),
  logo: logoSchema.optional(),
  /** The clinic's default language: its own texts are written in it, and clients without a preferred language get it. */
  language: handoutLanguageSchema.optional(),
  byLanguage: versions(clinicHeaderWordsSchema).optional(),
});

const stretchWordsSchema = z.strictObject({
  name: required(120, 'A stretch name'),
  steps: z.array(required(500, 'A step')).min(1, 'A stretch needs at least one step.').max(12),
  caution: required(500, 'A stretch caution').optional(),
});

const builtInStretchIds = new Set(stretchLibrary.map((stretch) => stretch.id));

export const customStretchSchema = z.strictObject({
  id: recordIdSchema.refine((id) => !builtInStretchIds.has(id), 'A custom stretch cannot reuse a built-in id.'),
  name: required(120, 'A stretch name'),
  regions: z.array(z.enum(regionIds)).min(1, 'Choose at least one region for the stretch.').max(regionIds.length),
  steps: z.array(required(500, 'A step')).min(1, 'A stretch needs at least one step.').max(12),
  holdSeconds: z.number().int().min(1).max(600),
  repetitions: z.number().int().min(1).max(30),
  perSide: z.boolean(),
  caution: required(500, 'A stretch caution').optional(),
  diagramFrom: z
    .string()
    .refine((id) => builtInStretchIds.has(id), 'Choose the drawing of a built-in stretch.')
    .optional(),
  byLanguage: versions(stretchWordsSchema).optional(),
});

export const handoutSettingsSchema = z
  .strictObject({
    clinic: clinicSettingsSchema,
    hiddenStretchIds: z
      .array(z.string().refine((id) => builtInStretchIds.has(id), 'Only built-in stretches can be hidden.'))
      .max(stretchLibrary.length),
    customStretches: z.array(customStretchSchema).max(60),
    /** The room that last saved the clinic header and stretches, and when. */
    writtenBy: writtenBySchema.optional(),
  })
  .refine((settings) => new Set(settings.customStretches.map((stretch) => stretch.id)).size === settings.customStretches.length, {
    message: 'Two custom stretches share an id.',
    path: ['customStretches'],
  });

const openingLines = z.array(required(500, 'An opening line')).max(10, 'A template has at most 10 opening lines; join or remove some.');

export const handoutTemplateSchema = z.strictObject({
  id: recordIdSchema,
  name: required(80, 'A template name'),
  sections: z.strictObject(Object.fromEntries(sectionIds.map((id) => [id, z.boolean()])) as Record<(typeof sectionIds)[number], z.ZodBoolean>),
  introLines: openingLines,
  introByLanguage: versions(openingLines).optional(),
  stretchLimit: z.number().int().min(0).max(12),
  /** The room that last saved the template, and when. */
  writtenBy: writtenBySchema.optional(),
});

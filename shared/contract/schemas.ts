import { z } from 'zod';
import { roomNameSchema, sessionCareFields, writtenBySchema } from './care-schemas';
import { timbres } from '../plans/plan';
import { givenHandoutSchema } from './handout-schemas';

export const MAX_PHASE_SEC = 4 * 60 * 60;
export const MAX_PHASES = 30;
export const MAX_PLANS = 200;

export const idSchema = z
  .string()
  .min(1, 'An id cannot be empty.')
  .max(80, 'An id is at most 80 characters.')
  .regex(/^[A-Za-z0-9_-]+$/, 'An id may only hold letters, digits, "-" and "_".');

export const timestampSchema = z.number().int().nonnegative();

export const MAX_SEGMENTS = 12;
export const MAX_WARNING_SEC = 60 * 60;
export const MAX_PLAN_SEC = 8 * 60 * 60;

export const cueSoundSchema = z.strictObject({
  timbre: z.enum(timbres, 'Choose one of the offered sounds.'),
  volume: z.number().min(0, 'Volume runs from 0 to 1.').max(1, 'Volume runs from 0 to 1.'),
});

const nameOf = (what: string, max: number) =>
  z.string().trim().min(1, `Every ${what} needs a name.`).max(max, `A ${what} name is at most ${max} characters.`);

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Points at each item whose name an earlier item already has, so the message sits beside that name. */
function flagDuplicateNames(items: { name: string }[], list: string, message: string, context: z.RefinementCtx): void {
  items.forEach((item, index) => {
    if (items.findIndex((other) => sameName(other.name, item.name)) !== index) {
      context.addIssue({ code: 'custom', message, path: [list, index, 'name'] });
    }
  });
}

export const segmentSchema = z.strictObject({
  id: idSchema,
  name: nameOf('segment', 60),
  durationSec: z
    .number()
    .int()
    .positive('A segment must last longer than zero.')
    .max(MAX_PHASE_SEC, 'A segment can last at most 4 hours.'),
  cue: cueSoundSchema.optional(),
});

export const phaseSchema = z
  .strictObject({
    id: idSchema,
    name: nameOf('phase', 60),
    durationSec: z
      .number()
      .int()
      .positive('A phase must last longer than zero.')
      .max(MAX_PHASE_SEC, 'A phase can last at most 4 hours.'),
    minimumSec: z.number().int().nonnegative('The shortest it may shrink to cannot be negative.').max(MAX_PHASE_SEC, 'The shortest it may shrink to is at most 4 hours.'),
    optional: z.boolean(),
    enabled: z.boolean(),
    handsOn: z.boolean(),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb.')
      .optional(),
    cue: cueSoundSchema.optional(),
    warningSec: z
      .number()
      .int()
      .nonnegative('A warning cannot come after the end.')
      .max(MAX_WARNING_SEC, 'A warning can come at most 60 minutes early.')
      .optional(),
    segments: z.array(segmentSchema).max(MAX_SEGMENTS, `A phase has at most ${MAX_SEGMENTS} segments.`).optional(),
  })
  .refine((phase) => phase.minimumSec <= phase.durationSec, {
    message: 'The shortest it may shrink to can’t be longer than the phase.',
    path: ['minimumSec'],
  })
  // A warning of 0 is none: it cannot come too late, so a phase too short is said once, about its length.
  .refine((phase) => !phase.warningSec || phase.warningSec < phase.durationSec, {
    message: 'Its warning must come before the phase ends.',
    path: ['warningSec'],
  })
  .refine(
    (phase) => !phase.segments?.length || phase.segments.reduce((sum, segment) => sum + segment.durationSec, 0) === phase.durationSec,
    { message: 'Its segments must add up to the phase’s length.', path: ['segments'] },
  )
  .superRefine((phase, context) => flagDuplicateNames(phase.segments ?? [], 'segments', 'Another segment of this phase has the same name.', context));

export const planSchema = z
  .strictObject({
    id: idSchema,
    name: nameOf('plan', 80),
    phases: z.array(phaseSchema).min(1, 'A plan needs at least one phase.').max(MAX_PHASES, `A plan has at most ${MAX_PHASES} phases.`),
    sessionWarningSec: z
      .number()
      .int()
      .nonnegative('A warning cannot come after the end.')
      .max(MAX_WARNING_SEC, 'The session warning can come at most 60 minutes early.')
      .optional(),
    warningCue: cueSoundSchema.optional(),
    /** The room that last saved the plan, and when. */
    writtenBy: writtenBySchema.optional(),
  })
  .refine((plan) => plan.phases.some((phase) => phase.enabled), {
    message: 'A plan needs at least one phase switched on.',
    path: ['phases'],
  })
  .superRefine((plan, context) => flagDuplicateNames(plan.phases, 'phases', 'Another phase has the same name.', context))
  .refine((plan) => new Set(plan.phases.map((phase) => phase.id)).size === plan.phases.length, {
    message: 'Two phases cannot share an id.',
    path: ['phases'],
  })
  .refine((plan) => plan.phases.reduce((sum, phase) => sum + phase.durationSec, 0) <= MAX_PLAN_SEC, {
    message: 'A plan can last at most 8 hours.',
    path: ['phases'],
  });

export const sessionEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start'), at: timestampSchema }),
  z.strictObject({ type: z.literal('pause'), at: timestampSchema }),
  z.strictObject({ type: z.literal('resume'), at: timestampSchema }),
  z.strictObject({ type: z.literal('next'), at: timestampSchema }),
  z.strictObject({ type: z.literal('back'), at: timestampSchema }),
  z.strictObject({ type: z.literal('jump'), at: timestampSchema, phaseIndex: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('adjust'), at: timestampSchema, seconds: z.number().int() }),
  z.strictObject({ type: z.literal('finish'), at: timestampSchema }),
]);

export const sessionCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('back') }),
  z.strictObject({ type: z.literal('jump'), phaseIndex: z.number().int().nonnegative().max(MAX_PHASES) }),
  z.strictObject({
    type: z.literal('adjust'),
    seconds: z
      .number()
      .int()
      .min(-MAX_PHASE_SEC)
      .max(MAX_PHASE_SEC)
      .refine((seconds) => seconds !== 0, 'Adding zero minutes changes nothing.'),
  }),
  z.strictObject({ type: z.literal('finish') }),
]);

export const sessionSchema = z.strictObject({
  id: idSchema,
  plan: planSchema,
  createdAt: timestampSchema,
  events: z.array(sessionEventSchema),
  ...sessionCareFields,
  /** Frozen at start from the room settings, so every party computes the same schedule. */
  keepEndTime: z.boolean().optional(),
  handouts: z.array(givenHandoutSchema).max(500).optional(),
  /** The room that ran the session; only that room ever writes its file. */
  room: roomNameSchema.optional(),
  /** Counts every write, so a window can tell a newer copy from an older one that arrived late. */
  revision: z.number().int().nonnegative().optional(),
});

export const cueSchema = z.strictObject({
  kind: z.enum(['phase-end', 'segment', 'phase-warning', 'session-warning']),
  dueAt: timestampSchema,
  phaseIndex: z.number().int().nonnegative(),
  phaseName: z.string(),
  nextPhaseName: z.string().nullable(),
  segmentName: z.string().nullable(),
  announcement: z.string(),
  spoken: z.string(),
  sound: cueSoundSchema,
});

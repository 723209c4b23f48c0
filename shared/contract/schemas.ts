import { z } from 'zod';
import { givenHandoutSchema } from './handout-schemas';

export const MAX_PHASE_SEC = 4 * 60 * 60;
export const MAX_PHASES = 30;

export const idSchema = z
  .string()
  .min(1, 'An id cannot be empty.')
  .max(80, 'An id is at most 80 characters.')
  .regex(/^[A-Za-z0-9_-]+$/, 'An id may only hold letters, digits, "-" and "_".');

export const timestampSchema = z.number().int().nonnegative();

export const phaseSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().trim().min(1, 'Every phase needs a name.').max(60, 'A phase name is at most 60 characters.'),
    durationSec: z
      .number()
      .int()
      .positive('A phase must last longer than zero.')
      .max(MAX_PHASE_SEC, 'A phase can last at most 4 hours.'),
    minimumSec: z.number().int().nonnegative('A minimum cannot be negative.').max(MAX_PHASE_SEC),
    optional: z.boolean(),
    enabled: z.boolean(),
    handsOn: z.boolean(),
  })
  .refine((phase) => phase.minimumSec <= phase.durationSec, {
    message: 'A phase’s minimum cannot be longer than the phase.',
    path: ['minimumSec'],
  });

export const planSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().trim().min(1, 'A plan needs a name.').max(80, 'A plan name is at most 80 characters.'),
    phases: z.array(phaseSchema).min(1, 'A plan needs at least one phase.').max(MAX_PHASES),
  })
  .refine((plan) => plan.phases.some((phase) => phase.enabled), {
    message: 'A plan needs at least one phase switched on.',
    path: ['phases'],
  })
  .refine((plan) => new Set(plan.phases.map((phase) => phase.name.trim().toLowerCase())).size === plan.phases.length, {
    message: 'Two phases cannot share a name.',
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
  handouts: z.array(givenHandoutSchema).max(500).optional(),
});

export const cueSchema = z.strictObject({
  kind: z.enum(['phase-end']),
  dueAt: timestampSchema,
  phaseIndex: z.number().int().nonnegative(),
  phaseName: z.string(),
  nextPhaseName: z.string().nullable(),
  announcement: z.string(),
});

import { z } from 'zod';

const isPlain = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const ownChecks = (schema: z.ZodType): boolean => (schema._zod.def.checks?.length ?? 0) > 0;
/** Stands for an array item the earlier version did not have. */
const ABSENT = Symbol('absent');

/**
 * Whether `after` passes `schema`, given that `before` did: parts that are the
 * very objects `before` held are not checked again, so a pressure entry added
 * to a long session costs the check of that entry, not of the whole session.
 * A part whose schema has checks of its own (a refinement, a length limit), or
 * one this walk does not know, is checked whole: the answer is always the one
 * a full parse gives.
 */
export function passesChanged(schema: z.ZodType, before: unknown, after: unknown): boolean {
  if (before === after) return true;
  if (schema instanceof z.ZodOptional) return after === undefined || passesChanged(schema.unwrap() as z.ZodType, before, after);
  if (schema instanceof z.ZodObject && !ownChecks(schema) && schema._zod.def.catchall instanceof z.ZodNever && isPlain(before) && isPlain(after)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return Object.keys(after).every((key) => Object.hasOwn(shape, key)) && Object.entries(shape).every(([key, field]) => passesChanged(field, before[key], after[key]));
  }
  if (schema instanceof z.ZodArray && !ownChecks(schema) && Array.isArray(before) && Array.isArray(after)) {
    return after.every((item, i) => passesChanged(schema.element as z.ZodType, i < before.length ? before[i] : ABSENT, item));
  }
  return schema.safeParse(after).success;
}

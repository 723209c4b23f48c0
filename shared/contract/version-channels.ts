import { z } from 'zod';

/** A conflict copy's file name without .json: never a path. */
const copyNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\]|^\./.test(name), 'That is not one of the versions shown.');

/** The other versions a choice settles, as `*.versions` named them. */
export const copiesSchema = z.array(copyNameSchema).min(1, 'Say which other version you looked at.').max(20);

/** A shared record as stored, every other version a sync engine left beside it, and the versions kept in its history. */
export function versionsOf<S extends z.ZodType>(record: S) {
  return z.strictObject({
    current: record,
    others: z.array(z.strictObject({ copy: copyNameSchema, from: z.string(), record })),
    earlier: z.array(record),
  });
}

/** The revision of the record the choice was made against; plans, templates and the clinic header saved before revisions were counted are at 0. */
export const basedOnSchema = z.number({ error: 'Say which revision the choice is based on.' }).int().nonnegative();

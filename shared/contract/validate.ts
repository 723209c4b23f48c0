import type { z } from 'zod';
import { ContractError } from './errors';

/** Parses untrusted input, turning schema failures into one readable ContractError. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const where = first && first.path ? ` (${first.path})` : '';
  throw new ContractError({
    code: 'invalid-request',
    message: `${what} was not accepted: ${first?.message ?? 'invalid input'}${where}`,
    issues,
  });
}

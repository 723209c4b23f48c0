import type { z } from 'zod';
import { ContractError } from './errors';
import { placedMessage, plainIssueMessage } from './plain-issues';

const MAX_ISSUES = 50;

/**
 * Parses untrusted input, turning schema failures into one ContractError in
 * plain words. Each issue keeps its path, so a form can show it beside its
 * field; the path never appears in the text.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: plainIssueMessage });
  if (result.success) return result.data;
  // A form shows a few at a time; past these, a bad request would only make a huge answer.
  const issues = result.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: placedMessage(input, issue.path, issue.message),
  }));
  const first = issues[0]?.message ?? 'Stillpoint could not read what was sent.';
  const more = result.error.issues.length - 1;
  throw new ContractError({
    code: 'invalid-request',
    message: more > 0 ? `${first} (${more} more ${more === 1 ? 'thing needs' : 'things need'} changing.)` : first,
    issues,
  });
}

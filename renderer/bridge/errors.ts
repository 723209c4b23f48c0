import { ContractError } from '../../shared/contract/errors';

/** Field messages from a ContractError, keyed by path without a given prefix ("fields.name" → "name"). */
export function fieldErrors(error: unknown, prefix = ''): Record<string, string> {
  if (!(error instanceof ContractError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    out[key] ??= issue.message;
  }
  return out;
}

/** The errors under one part of a form ("phases.1." → { minimumSec: … }), for the part's own editor. */
export function within(errors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => key.startsWith(prefix)).map(([key, message]) => [key.slice(prefix.length), message]));
}

/** Marks a field invalid and ties it to the message shown beside it. */
export function described(errors: Record<string, string>, key: string, id: string): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return errors[key] ? { 'aria-invalid': true, 'aria-describedby': id } : {};
}

/** What went wrong, in words for the person: the back end's own message, or a plain one when it could not be asked. */
export function messageOf(error: unknown): string {
  if (error instanceof ContractError) return error.message;
  // fetch rejects with a TypeError ("Failed to fetch") when the browser-mode server is gone.
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) return 'Stillpoint could not reach its back end. Check that Stillpoint is still running, then try again.';
  return error instanceof Error ? error.message : String(error);
}

/** Runs a save; resolves to null once it is done, or to why it was refused, for the form to show beside its fields. */
export async function refusalOf(save: () => Promise<unknown>): Promise<unknown> {
  try {
    await save();
    return null;
  } catch (reason) {
    return reason;
  }
}

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

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

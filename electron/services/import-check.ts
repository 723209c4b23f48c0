import type { z } from 'zod';
import type { Archive } from '../../shared/contract/data-channels';
import { currentVersion, migrate, type MigrationRegistry } from './migrations';
import { kindOf } from './record-kinds';
import { envelopeSchema, MAX_RECORD_BYTES } from './record-store';

export interface ImportCheckDeps {
  migrations: MigrationRegistry;
  /** An archive file as a stored envelope; throws when it cannot be read (damaged, or encrypted with another key). */
  decode(content: Archive['files'][string], relative: string): unknown;
}

const typeWords: Record<string, string> = {
  string: 'is not text',
  number: 'is not a number',
  boolean: 'is not a yes or no',
  array: 'is not a list',
  object: 'is not in the right form',
};

function words(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
}

/** "a name", "an email": the article a field's name is read with. */
function aOrAn(what: string): string {
  return `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}`;
}

/** One schema issue in words a person can read: the field by name, never a path or a position. */
export function plainProblem(issue: z.core.$ZodIssue): string {
  const keys = issue.path.filter((part): part is string => typeof part === 'string');
  const what = keys.length > 0 ? words(keys.at(-1)!) : undefined;
  const where = keys.length > 1 ? ` (in its ${words(keys[0]!)})` : '';
  if (issue.code === 'unrecognized_keys') {
    // The path leads to the part holding the unknown keys, so that part is where they are.
    const inside = what ? ` (in its ${what})` : '';
    return `holds something Stillpoint does not know (${issue.keys.map((key) => `“${key}”`).join(', ')})${inside}`;
  }
  if (issue.code === 'invalid_type' && what) {
    if (/received undefined/.test(issue.message)) return `has no ${what}${where}`;
    return `has ${aOrAn(what)} that ${typeWords[issue.expected] ?? 'is not valid'}${where}`;
  }
  // Most schemas carry their own plain message; zod's defaults start "Invalid" or "Too".
  const own = !/^(Invalid|Too (big|small))/.test(issue.message);
  if (what) return own ? `has ${aOrAn(what)} that is not valid: ${issue.message}${where}` : `has ${aOrAn(what)} that is not valid${where}`;
  return own ? `is not valid: ${issue.message}` : 'is not a valid record';
}

function problemOf(relative: string, content: Archive['files'][string], deps: ImportCheckDeps): string | null {
  const kind = kindOf(relative)!;
  const fallback = kind.describe(undefined);
  const chars = typeof content === 'string' ? content.length : JSON.stringify(content).length;
  if (chars > MAX_RECORD_BYTES) return `${fallback} is too large to be a record (${Math.ceil(chars / 1024 / 1024)} MB)`;
  let envelope: z.infer<typeof envelopeSchema>;
  try {
    const parsed = envelopeSchema.safeParse(deps.decode(content, relative));
    if (!parsed.success) return `${fallback} is not a Stillpoint record`;
    envelope = parsed.data;
  } catch (error) {
    return `${fallback} cannot be read (${(error as Error).message})`;
  }
  const describe = kind.describe(envelope.record);
  const folder = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '.';
  const current = currentVersion(deps.migrations, folder);
  if (envelope.schemaVersion > current) return `${describe} was written by a newer Stillpoint; update Stillpoint first`;
  let record: unknown;
  try {
    record = migrate(deps.migrations, folder, envelope.schemaVersion, envelope.record);
  } catch {
    return `${describe} was written by an older Stillpoint this version cannot update`;
  }
  const parsed = kind.schema.safeParse(record);
  if (!parsed.success) return `${kind.describe(record)} ${plainProblem(parsed.error.issues[0]!)}`;
  const id = (parsed.data as { id?: unknown }).id;
  const fileName = relative.slice(relative.lastIndexOf('/') + 1, -'.json'.length);
  if (folder !== '.' && typeof id === 'string' && id !== fileName) return `${kind.describe(record)} is filed under another record's name`;
  return null;
}

/**
 * Everything an import must pass before a single file is touched: only
 * folders Stillpoint knows, within the limits, and every file a valid record
 * of its folder. Returns the problems in plain words, or none.
 */
export function importProblems(archive: Archive, deps: ImportCheckDeps): string[] {
  // How many files it may hold is the contract's check, made before any file is looked at.
  const relatives = Object.keys(archive.files);
  const unknown = [...new Set(relatives.filter((relative) => !kindOf(relative)).map((relative) => relative.split('/')[0]!.replace(/\.json$/, '')))];
  if (unknown.length > 0) {
    return [`The archive holds files Stillpoint does not know (${unknown.slice(0, 3).map((name) => `“${name}”`).join(', ')}); it is not a Stillpoint export`];
  }
  return relatives.flatMap((relative) => problemOf(relative, archive.files[relative]!, deps) ?? []);
}

/** The refusal a person sees: the first problem, how many more, and that nothing changed. */
export function importRefusal(problems: string[]): string {
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  // The first problem may end with a schema's own sentence, whose full stop this sentence already gives.
  return `Nothing was imported: ${problems[0]?.replace(/\.$/, '')}${more}. Your data is as it was.`;
}

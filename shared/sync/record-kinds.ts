import { parseConflictCopy } from './conflict-copies';

/** The kinds of record a screen shows; each screen refreshes when one of its kinds changes. */
export const recordKinds = ['client', 'session', 'plan', 'template', 'clinic'] as const;
export type RecordKind = (typeof recordKinds)[number];

export interface RecordRef {
  kind: RecordKind;
  /** The record's id; null for a single record such as the clinic header or the plan order. */
  id: string | null;
  /** True when the file is a sync engine's conflict copy: a second version of the record. */
  conflictCopy: boolean;
}

const folders: Readonly<Record<string, RecordKind>> = {
  clients: 'client',
  sessions: 'session',
  plans: 'plan',
  'handout-templates': 'template',
};

const singles: Readonly<Record<string, RecordKind>> = {
  'plan-order': 'plan',
  'handout-settings': 'clinic',
};

/**
 * What a file in the data folder ("clients/c-1.json", "handout-settings.json",
 * or a conflict copy of either) holds, or null for files no screen shows
 * (per-room settings, the running-session pointer, caches).
 */
export function recordRefOf(relativePath: string): RecordRef | null {
  const parts = relativePath.split('/');
  const fileName = parts.at(-1) ?? '';
  const copy = parseConflictCopy(fileName);
  const name = (copy ? copy.original : fileName).replace(/\.json$/, '');
  if (parts.length === 1) {
    const kind = singles[name];
    return kind ? { kind, id: null, conflictCopy: copy !== null } : null;
  }
  const kind = parts.length === 2 ? folders[parts[0] ?? ''] : undefined;
  return kind ? { kind, id: name, conflictCopy: copy !== null } : null;
}

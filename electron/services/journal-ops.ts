/**
 * The smallest change between two versions of a JSON record, as operations a
 * journal line can hold: an array that only grew becomes an append of its new
 * items (a pressure entry, a session event), anything else a set of that field.
 */
export type JournalOp =
  | { t: 'set'; path: string[]; value: unknown }
  | { t: 'unset'; path: string[] }
  | { t: 'append'; path: string[]; items: unknown[] };

/** Nested objects are compared this deep; below it a changed field is set whole. */
const MAX_DEPTH = 3;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
/** Keys whose value JSON keeps (an undefined field is no field). */
const keysOf = (value: Json): string[] => Object.keys(value).filter((key) => value[key] !== undefined);

/**
 * Equal as JSON. Parts a change left alone are the same objects, so the
 * identity check ends most comparisons at once: the cost follows what changed,
 * not the size of the record.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = keysOf(a);
  return keys.length === keysOf(b).length && keys.every((key) => same(a[key], b[key]));
}

export function diffOps(before: unknown, after: unknown, path: string[] = []): JournalOp[] {
  if (same(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after) && after.length > before.length && before.every((item, i) => same(item, after[i]))) {
    return [{ t: 'append', path, items: after.slice(before.length) }];
  }
  if (!isObject(before) || !isObject(after) || path.length >= MAX_DEPTH) return [{ t: 'set', path, value: after }];
  const ops: JournalOp[] = [];
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) ops.push({ t: 'unset', path: [...path, key] });
  for (const [key, value] of Object.entries(after)) ops.push(...diffOps(before[key], value, [...path, key]));
  return ops;
}

/** Replays operations on a copy of the record; the input is never changed. */
export function applyOps(record: unknown, ops: readonly JournalOp[]): unknown {
  let root = structuredClone(record);
  for (const op of ops) {
    if (op.path.length === 0) {
      if (op.t === 'set') root = structuredClone(op.value);
      else if (op.t === 'append' && Array.isArray(root)) root = [...root, ...structuredClone(op.items)];
      else throw new Error('a journal line does not fit its record');
      continue;
    }
    const parent = op.path.slice(0, -1).reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), root);
    const key = op.path.at(-1) as string;
    if (!isObject(parent)) throw new Error('a journal line does not fit its record');
    if (op.t === 'set') parent[key] = structuredClone(op.value);
    else if (op.t === 'unset') delete parent[key];
    else {
      const list = parent[key];
      if (!Array.isArray(list)) throw new Error('a journal line does not fit its record');
      list.push(...structuredClone(op.items));
    }
  }
  return root;
}

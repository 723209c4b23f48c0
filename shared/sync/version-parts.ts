/**
 * One thing a person can take from either of two versions of a shared record
 * (a client's notes, a plan's phases, the clinic's contact line), so two rooms'
 * edits can be settled field by field.
 */
export interface VersionPart<T> {
  label: string;
  /** The part's value, compared between the versions. */
  get(record: T): unknown;
  /** The record with this part taken from the other version. */
  take(record: T, from: T): T;
  /** The part as a person reads it, never blank. */
  text(record: T): string;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The parts two versions disagree on, in the order given. */
export function differingParts<T>(parts: readonly VersionPart<T>[], a: T, b: T): VersionPart<T>[] {
  return parts.filter((part) => !same(part.get(a), part.get(b)));
}

/** One version, with the chosen parts taken from the other. */
export function combineParts<T>(base: T, other: T, fromOther: Iterable<VersionPart<T>>): T {
  let result = base;
  for (const part of fromOther) result = part.take(result, other);
  return result;
}

/** A part that is one top-level field of the record; a field the other version lacks is left out too. */
export function fieldPart<T extends object, K extends keyof T & string>(key: K, label: string, text: (value: T[K], record: T) => string): VersionPart<T> {
  return {
    label,
    get: (record) => record[key],
    take: (record, from) => {
      const result = { ...record };
      if (from[key] === undefined) delete result[key];
      else result[key] = from[key];
      return result;
    },
    text: (record) => text(record[key], record),
  };
}

/** A value as a person reads it: "Not given" rather than a blank. */
export const given = (value: string | undefined | null): string => (value === undefined || value === null || value.trim() === '' ? 'Not given' : value);

import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { ContractError, notFound } from '../../shared/contract/errors';
import type { ConflictCopyFile, Storage } from './storage';

/** How one kind of shared record (client, plan, template, clinic header) is read, written and named. */
export interface VersionedKind<T> {
  /** The folder holding the records, and the sync engine's copies beside them ('.' for a single record at the top). */
  folder: string;
  /** Where every version involved in a settled conflict is kept. */
  historyFolder: string;
  schema: z.ZodType<T>;
  /** The record as stored now; throws a plain "not found" when there is none. */
  current(name: string): T;
  revisionOf(record: T): number;
  writtenAt(record: T): number;
  /** The record as a person names it mid-sentence: "Ana Ruiz's details", 'the plan "Deep tissue"'. */
  nameOf(record: T): string;
  /** Writes the settled record as this revision, stamped with the room writing it. */
  write(record: T, revision: number): T;
  /** The copies just went: whatever counts them counts again. */
  settled?(): void;
}

export interface OtherVersion<T> {
  /** The conflict copy's name, as the resolve request names it back. */
  copy: string;
  /** The device or computer the sync engine named. */
  from: string;
  record: T;
}

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Two rooms edited the same shared record while apart: the sync engine kept one
 * edit under the record's name and the other as a conflict copy beside it. The
 * therapist sees both and chooses; the result is a new revision, and every
 * version involved is kept in the record's history before the copy goes.
 */
export class RecordVersions<T> {
  constructor(
    private readonly storage: Storage,
    private readonly kind: VersionedKind<T>,
  ) {}

  /** How many other versions wait beside each record, by record name. */
  pending(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const copy of this.storage.conflictCopies(this.kind.folder)) counts.set(copy.record, (counts.get(copy.record) ?? 0) + 1);
    return counts;
  }

  /** The record as stored, and every other version the sync engine left beside it. */
  of(name: string): { current: T; others: OtherVersion<T>[] } {
    const current = this.kind.current(name);
    const others = this.copiesOf(name).flatMap((copy) => {
      const record = this.copyFile(copy).read();
      return record ? [{ copy: copy.name, from: copy.from, record }] : [];
    });
    return { current, others };
  }

  /** The version the therapist chose becomes the next revision; the versions it came from go to the history first. */
  resolve(name: string, basedOn: number, choose: (current: T) => T, copies: readonly string[]): T {
    const current = this.kind.current(name);
    const called = this.kind.nameOf(current);
    if (this.kind.revisionOf(current) !== basedOn) {
      throw new ContractError({ code: 'conflict', message: `${sentence(called)} changed again while you were choosing. Look at both versions once more, then choose.` });
    }
    const known = new Map(this.copiesOf(name).map((copy) => [copy.name, copy]));
    const chosen = copies.map((copyName) => {
      const copy = known.get(copyName);
      const record = copy ? this.copyFile(copy).read() : undefined;
      if (!copy || !record) throw notFound(`The other version of ${called} is no longer there: it was probably settled in another room. Look at it again.`);
      return { copy, record };
    });
    for (const version of [current, ...chosen.map((each) => each.record)]) this.keep(name, version);
    const revision = Math.max(this.kind.revisionOf(current), ...chosen.map((each) => this.kind.revisionOf(each.record))) + 1;
    const resolved = this.kind.write(choose(current), revision);
    // Only now, with every version kept in the history, does the engine's copy go.
    for (const { copy } of chosen) this.copyFile(copy).remove();
    this.kind.settled?.();
    return resolved;
  }

  /** Earlier versions kept in the record's history, newest first. */
  history(name: string): T[] {
    return this.storage
      .list(this.kind.historyFolder)
      .filter((file) => file.startsWith(`${name}.`))
      .flatMap((file) => this.storage.record(this.kind.historyFolder, file, this.kind.schema).read() ?? [])
      .sort((a, b) => this.kind.writtenAt(b) - this.kind.writtenAt(a));
  }

  private keep(name: string, version: T): void {
    // Two rooms may both have written revision 3, even in the same second: the content names the version.
    const digest = createHash('sha256').update(JSON.stringify(version)).digest('hex').slice(0, 12);
    const file = this.storage.record(this.kind.historyFolder, `${name}.r${this.kind.revisionOf(version)}.${digest}`, this.kind.schema);
    if (!file.exists()) file.write(version);
  }

  private copiesOf(name: string): ConflictCopyFile[] {
    return this.storage.conflictCopies(this.kind.folder).filter((copy) => copy.record === name);
  }

  private copyFile(copy: ConflictCopyFile) {
    return this.storage.record(this.kind.folder, copy.name, this.kind.schema);
  }
}

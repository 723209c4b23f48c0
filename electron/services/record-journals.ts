import path from 'node:path';
import { rmSync } from 'node:fs';
import { applyOps, diffOps } from './journal-ops';
import { JournalFile, listJournals, readJournal, type JournalCodec } from './journal';
import { KeyUnavailableError } from './encryption';
import { ContractError } from '../../shared/contract/errors';
import type { Quarantine } from './quarantine';

/** The record file a journal builds on, as written (not migrated). */
export interface JournalBase {
  digest: string;
  record: unknown;
  /** Set for a file written at an older schema version: writes the replayed record into it at that version. */
  foldOlder?: (record: unknown) => void;
}

interface Live {
  journal: JournalFile;
  /** The record as the base file plus every journal line: what a read returns. Frozen: callers share it. */
  record: unknown;
  /** False after a crash until the replayed record has passed its schema once. */
  checked: boolean;
}

/**
 * Freezes what is not frozen yet. Parts carried over from the previous version
 * are frozen already, so this costs what changed, not the record's size.
 */
function freezeNew<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) freezeNew(child);
  return value;
}

/**
 * The records whose changes go to a journal instead of rewriting their file
 * (the running session): appending a line costs the same whatever the record's
 * size, and is the cheapest durable write there is.
 */
export class RecordJournals {
  private readonly live = new Map<string, Live>();
  private recovered = false;

  /** `base` reads a record file as stored; recovery runs at the first question, once the app is wired. */
  constructor(
    private readonly dataDir: string,
    readonly dir: string,
    /** How the lines of one record's journal are encoded ("sessions/s-1"). */
    private readonly codecFor: (record: string) => JournalCodec,
    private readonly base: (filePath: string) => JournalBase | undefined,
    private readonly quarantine: Quarantine,
  ) {}

  has(filePath: string): boolean {
    if (!this.recovered) this.recover();
    return this.live.has(filePath);
  }

  /**
   * The record with every journalled change applied, shared and frozen (no
   * copy per command); `checked` is false while a replayed record still needs
   * its schema check.
   */
  record(filePath: string): { record: unknown; checked: boolean } | undefined {
    const live = this.live.get(filePath);
    return live && { record: live.record, checked: live.checked };
  }

  /** The replayed record passed its schema. */
  markChecked(filePath: string): void {
    const live = this.live.get(filePath);
    if (live) live.checked = true;
  }

  /** From now on changes to this record go to its journal; `base` is the digest of the file as it is. */
  open(filePath: string, record: unknown, base: string): void {
    this.live.get(filePath)?.journal.close();
    this.live.set(filePath, {
      journal: JournalFile.create(this.journalPath(filePath), base, this.codecFor(this.recordName(filePath))),
      record: freezeNew(structuredClone(record)),
      checked: true,
    });
  }

  /**
   * Writes only what changed, durably, before returning; `next`, already
   * checked, is kept as it is (and frozen), so the next change shares its
   * unchanged parts and the diff stays small. Disk errors reach the caller.
   */
  append(filePath: string, next: unknown): void {
    const live = this.live.get(filePath);
    if (!live) throw new Error(`${filePath} has no open journal`);
    const ops = diffOps(live.record, next);
    if (ops.length > 0) live.journal.append(ops);
    live.record = freezeNew(next);
    live.checked = true;
  }

  /** Records with an open journal, by file path. */
  liveFiles(): string[] {
    if (!this.recovered) this.recover();
    return [...this.live.keys()];
  }

  /** Stops journalling in memory; the file stays until the record file holds everything. */
  detach(filePath: string): void {
    this.live.get(filePath)?.journal.close();
    this.live.delete(filePath);
  }

  /** The replayed record failed its check: journalling stops and the journal goes to quarantine for a person to look at. */
  setAside(filePath: string, reason: string): void {
    this.detach(filePath);
    this.quarantine.setAside(this.journalPath(filePath), `${this.recordName(filePath)} (its live journal)`, reason);
  }

  /** The record file now holds every change: the journal goes. */
  finish(filePath: string): void {
    this.detach(filePath);
    rmSync(this.journalPath(filePath), { force: true });
  }

  /**
   * After a crash: every journal whose base file is unchanged is replayed and
   * kept open; one whose base was rewritten since (it was folded, or a backup
   * was restored) is stale and removed. A damaged line in the middle keeps the
   * lines before it and the file goes to quarantine for a person to look at.
   */
  private recover(): void {
    this.recovered = true;
    for (const name of listJournals(this.dir)) {
      const filePath = path.join(this.dataDir, `${name}.json`);
      const journalPath = this.journalPath(filePath);
      if (this.live.has(filePath)) continue;
      let found;
      try {
        found = readJournal(journalPath, this.codecFor(name));
      } catch (error) {
        if (error instanceof KeyUnavailableError) {
          // Encrypted and the key is not open yet (it opens after the setting is read): kept, and tried again at the next question.
          this.recovered = false;
        } else {
          // A whole line that does not open (encrypted for another record, or with another key): a person looks at it.
          this.quarantine.setAside(journalPath, `${name} (its live journal)`, `a line cannot be read (${(error as Error).message})`);
        }
        continue;
      }
      const base = found ? this.base(filePath) : undefined;
      if (!found || !base || base.digest !== found.base) {
        rmSync(journalPath, { force: true });
        continue;
      }
      const record = applyOps(base.record, found.ops);
      if (base.foldOlder) {
        this.foldIntoOlder(name, base.foldOlder, record);
        if (found.damage) this.quarantine.setAside(journalPath, `${name} (its live journal)`, `${found.damage}; the lines before it were kept`);
        else rmSync(journalPath, { force: true });
        continue;
      }
      if (found.damage) {
        this.quarantine.setAside(journalPath, `${name} (its live journal)`, `${found.damage}; the lines before it were kept`);
        this.open(filePath, base.record, base.digest);
        this.append(filePath, record);
        this.live.get(filePath)!.checked = false;
      } else {
        this.live.set(filePath, { journal: JournalFile.reopen(journalPath, found.goodBytes, this.codecFor(name)), record: freezeNew(record), checked: false });
      }
    }
  }

  /**
   * A journal over a file from an older version (the app was updated after a
   * crash) is folded into that file before anything migrates it, so the
   * migration, and the backup before it, hold every acknowledged change.
   */
  private foldIntoOlder(name: string, fold: (record: unknown) => void, record: unknown): void {
    try {
      fold(record);
    } catch (error) {
      // The journal stays on disk and is tried again at the next question.
      this.recovered = false;
      throw new ContractError({
        code: 'storage',
        message: `The session that was running when Stillpoint last closed could not be brought up to date, because its data folder cannot be written to (${name}). Nothing is lost: free some space on the disk or make the data folder writable, then open it again.`,
      });
    }
  }

  /** After a restore the files win: journals in memory and on disk are dropped. */
  dropAll(): void {
    this.recovered = true;
    for (const filePath of [...this.live.keys()]) this.detach(filePath);
    for (const name of listJournals(this.dir)) rmSync(this.journalPath(path.join(this.dataDir, `${name}.json`)), { force: true });
  }

  closeAll(): void {
    for (const live of this.live.values()) live.journal.close();
    this.live.clear();
  }

  private recordName(filePath: string): string {
    return path.relative(this.dataDir, filePath).split(path.sep).join('/').replace(/\.json$/, '');
  }

  private journalPath(filePath: string): string {
    return path.join(this.dir, `${this.recordName(filePath)}.jsonl`);
  }
}

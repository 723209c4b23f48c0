import { closeSync, fdatasyncSync, ftruncateSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { FILE_MODE, makeFolder } from './record-names';
import { syncFolder } from './sync-folder';
import type { JournalOp } from './journal-ops';

/**
 * An append-only file of changes to one record: a header naming the record
 * file it builds on (by digest), then one line per acknowledged change. Each
 * line carries a CRC-32 of its text, so a line cut short by a crash (never
 * acknowledged, since the answer waits for fdatasync) is recognised and dropped.
 */
export interface JournalCodec {
  /** Line text for a change: JSON, or an encrypted form of it; never a line break. */
  encode(ops: JournalOp[]): string;
  decode(text: string): JournalOp[];
}

export interface RecoveredJournal {
  base: string;
  ops: JournalOp[];
  /** Bytes of whole, checked lines; anything after them is a torn tail. */
  goodBytes: number;
  /** Set when a line before the last one fails its check (damage, not a crash). */
  damage?: string;
}

const checksum = (text: string): string => crc32(text).toString(16).padStart(8, '0');
const line = (text: string): string => `${checksum(text)} ${text}\n`;

function parseLine(raw: string): string | null {
  const space = raw.indexOf(' ');
  if (space !== 8) return null;
  const text = raw.slice(9);
  return checksum(text) === raw.slice(0, 8) ? text : null;
}

/** Reads a journal file, keeping every whole line that passes its check. */
export function readJournal(filePath: string, codec: JournalCodec): RecoveredJournal | null {
  const content = readFileSync(filePath, 'utf8');
  const lines = content.split('\n');
  lines.pop(); // After the last "\n": empty, or a line torn by a crash.
  let goodBytes = 0;
  let base: string | null = null;
  const ops: JournalOp[] = [];
  for (const [index, raw] of lines.entries()) {
    const text = parseLine(raw);
    if (text === null) {
      const damage = index < lines.length - 1 ? `line ${index + 1} of ${lines.length} is damaged` : undefined;
      return base === null ? null : { base, ops, goodBytes, ...(damage ? { damage } : {}) };
    }
    if (base === null) {
      const header = JSON.parse(text) as { base?: unknown };
      if (typeof header.base !== 'string') return null;
      base = header.base;
    } else {
      ops.push(...codec.decode(text));
    }
    goodBytes += Buffer.byteLength(raw, 'utf8') + 1;
  }
  return base === null ? null : { base, ops, goodBytes };
}

/** One open journal file: appends are durable (fdatasync) before they return. */
export class JournalFile {
  private fd: number | null;

  private constructor(
    readonly filePath: string,
    fd: number,
    private readonly codec: JournalCodec,
  ) {
    this.fd = fd;
  }

  /** A new journal over the record file whose bytes hash to `base`. */
  static create(filePath: string, base: string, codec: JournalCodec): JournalFile {
    makeFolder(path.dirname(filePath));
    const fd = openSync(filePath, 'w', FILE_MODE);
    const journal = new JournalFile(filePath, fd, codec);
    journal.write(JSON.stringify({ base }));
    syncFolder(path.dirname(filePath));
    return journal;
  }

  /** Reopens a recovered journal for appending, cutting off a torn last line first. */
  static reopen(filePath: string, goodBytes: number, codec: JournalCodec): JournalFile {
    const fd = openSync(filePath, 'r+');
    ftruncateSync(fd, goodBytes);
    fdatasyncSync(fd);
    closeSync(fd);
    return new JournalFile(filePath, openSync(filePath, 'a', FILE_MODE), codec);
  }

  append(ops: JournalOp[]): void {
    this.write(this.codec.encode(ops));
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private write(text: string): void {
    if (this.fd === null) throw new Error('The journal is closed.');
    writeSync(this.fd, line(text));
    fdatasyncSync(this.fd);
  }
}

/** Journal files present in a folder, by the record file name they belong to ("sessions/s-1"). */
export function listJournals(dir: string): string[] {
  const found: string[] = [];
  const visit = (folder: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) visit(path.join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.jsonl')) found.push(`${prefix}${entry.name.slice(0, -'.jsonl'.length)}`);
    }
  };
  visit(dir, '');
  return found.sort();
}

import { rmSync } from 'node:fs';
import path from 'node:path';
import Store from 'electron-store';
import type { z } from 'zod';
import { ContractError } from '../../shared/contract/errors';

export const SCHEMA_VERSION = 1;

interface Envelope {
  schemaVersion: number;
  record: unknown;
}

/**
 * One record per electron-store file, so a write costs the same however many
 * records exist. Every write replaces the file atomically (temp file + rename).
 */
export class RecordFile<T> {
  private readonly store: Store<Envelope>;

  constructor(
    readonly folder: string,
    readonly name: string,
    private readonly schema: z.ZodType<T>,
  ) {
    try {
      this.store = new Store<Envelope>({ cwd: folder, name, clearInvalidConfig: false, watch: false });
    } catch (error) {
      throw new ContractError({
        code: 'storage',
        message: `${path.join(folder, `${name}.json`)} could not be read: ${(error as Error).message}`,
      });
    }
  }

  get filePath(): string {
    return path.join(this.folder, `${this.name}.json`);
  }

  exists(): boolean {
    return this.store.has('record');
  }

  read(): T | undefined {
    const data = this.store.store;
    if (!('record' in data)) return undefined;
    if (data.schemaVersion !== SCHEMA_VERSION) {
      throw new ContractError({
        code: 'storage',
        message: `${this.filePath} was written by a different version of Stillpoint (schema ${String(data.schemaVersion)}).`,
      });
    }
    const parsed = this.schema.safeParse(data.record);
    if (!parsed.success) {
      throw new ContractError({ code: 'storage', message: `${this.filePath} does not hold a valid record.` });
    }
    return parsed.data;
  }

  /** Refuses to persist anything its schema rejects. */
  write(record: T): void {
    const parsed = this.schema.safeParse(record);
    if (!parsed.success) {
      throw new ContractError({ code: 'internal', message: `Refused to write an invalid record to ${this.filePath}.` });
    }
    this.store.store = { schemaVersion: SCHEMA_VERSION, record: parsed.data };
  }

  /** Deletes the record's file: for records the therapist removes on purpose (a template), never on error. */
  remove(): void {
    rmSync(this.filePath, { force: true });
  }
}

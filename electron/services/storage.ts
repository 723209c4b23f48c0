import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { RecordFile } from './record-store';

/**
 * The data folder as the services see it: one file per record, grouped in
 * sub-folders (sessions/, clients/, ...). Services ask it for records instead
 * of opening files themselves, so durability rules live in one place.
 */
export interface Storage {
  readonly dataDir: string;
  record<T>(folder: string, name: string, schema: z.ZodType<T>): RecordFile<T>;
  /** Names of the records in a folder (without the .json extension), sorted. */
  list(folder: string): string[];
}

export function createStorage(dataDir: string): Storage {
  return {
    dataDir,
    record: (folder, name, schema) => new RecordFile(path.join(dataDir, folder), name, schema),
    list(folder) {
      try {
        return readdirSync(path.join(dataDir, folder))
          .filter((file) => file.endsWith('.json'))
          .map((file) => file.slice(0, -'.json'.length))
          .sort();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
  };
}

import { SCHEMA_VERSION } from '../../electron/services/record-store';

/** The bytes RecordFile (electron-store) writes for a record: the same envelope and tab indentation. */
export function recordFileText(record: unknown): string {
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, record }, undefined, '\t');
}

/** The schema version every record folder starts at. */
export const SCHEMA_VERSION = 1;

/** One step: turns a record stored at version N into version N + 1. Must be pure. */
export type MigrationStep = (record: unknown) => unknown;

export interface FolderMigrations {
  /** The version this build writes for the folder. */
  current: number;
  /** steps[N] migrates from N to N + 1. */
  steps: Record<number, MigrationStep>;
}

/** Per record folder (sessions, clients, ...). A folder not listed is at SCHEMA_VERSION with no steps. */
export type MigrationRegistry = Readonly<Record<string, FolderMigrations>>;

/** Production has no migrations yet: every folder is at version 1. */
export const migrations: MigrationRegistry = {};

export function currentVersion(registry: MigrationRegistry, folder: string): number {
  return registry[folder]?.current ?? SCHEMA_VERSION;
}

export class MigrationGap extends Error {
  override readonly name = 'MigrationGap';
}

/** Runs the steps from `from` up to the folder's current version; the input is never mutated. */
export function migrate(registry: MigrationRegistry, folder: string, from: number, record: unknown): unknown {
  const target = currentVersion(registry, folder);
  let value = structuredClone(record);
  for (let version = from; version < target; version += 1) {
    const step = registry[folder]?.steps[version];
    if (!step) throw new MigrationGap(`no migration from schema ${version} to ${version + 1} for ${folder}`);
    value = step(value);
  }
  return value;
}

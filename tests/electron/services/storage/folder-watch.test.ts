import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordChange } from '../../../../electron/services/folder-watch';
import { clientSchema } from '../../../../shared/contract/care-schemas';
import { createStorage, type SafeStorage } from '../../../../electron/services/storage';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const open: SafeStorage[] = [];
afterEach(() => {
  for (const storage of open.splice(0)) storage.close();
});

const client = (id: string, name: string) => ({
  schemaVersion: 1,
  record: { id, name, contact: '', dateOfBirth: '', ageBand: null, goals: '', notes: '', preferredPressure: null, revision: 1, createdAt: 1, updatedAt: 1, archived: false },
});

async function watched(dataDir: string) {
  const storage = createStorage(dataDir);
  open.push(storage);
  const changes: RecordChange[] = [];
  const waiters: (() => void)[] = [];
  storage.onRecordChange((change) => {
    changes.push(change);
    for (const wake of waiters.splice(0)) wake();
  });
  storage.watch();
  /** Resolves once `count` changes have been reported. */
  const reported = async (count: number) => {
    while (changes.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    return changes.map(({ kind, record }) => ({ kind, record }));
  };
  return { storage, reported };
}

/** Writes like a sync engine: a temp file beside the record, then a rename over it. */
function arrives(dataDir: string, record: string, content: unknown): void {
  const target = path.join(dataDir, `${record}.json`);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(path.join(path.dirname(target), `.syncthing.${path.basename(target)}.tmp`), JSON.stringify(content));
  renameSync(path.join(path.dirname(target), `.syncthing.${path.basename(target)}.tmp`), target);
}

describe('the folder watcher', () => {
  it('reports records added, changed and removed by someone else, and the next read sees the change', async () => {
    const dataDir = tempDir();
    mkdirSync(path.join(dataDir, 'clients'));
    const { storage, reported } = await watched(dataDir);
    arrives(dataDir, 'clients/c-1', client('c-1', 'Ana Ruiz'));
    expect(await reported(1)).toEqual([{ kind: 'added', record: 'clients/c-1' }]);
    const file = storage.record('clients', 'c-1', clientSchema);
    expect(file.read()?.name).toBe('Ana Ruiz');

    arrives(dataDir, 'clients/c-1', client('c-1', 'Ana Ruiz-Lopez'));
    expect((await reported(2))[1]).toEqual({ kind: 'changed', record: 'clients/c-1' });
    expect(file.read()?.name).toBe('Ana Ruiz-Lopez');

    rmSync(path.join(dataDir, 'clients', 'c-1.json'));
    expect((await reported(3))[2]).toEqual({ kind: 'removed', record: 'clients/c-1' });
  });

  it("does not echo the app's own writes, and never reports a conflict copy", async () => {
    const dataDir = tempDir();
    mkdirSync(path.join(dataDir, 'clients'));
    const { storage, reported } = await watched(dataDir);
    const own = storage.record('clients', 'c-own', clientSchema);
    own.write(client('c-own', 'Ben Okafor').record);
    own.write(client('c-own', 'Ben Okafor Jr').record);
    own.remove();
    writeFileSync(path.join(dataDir, 'clients', 'c-2.sync-conflict-20261130-101010-ABCDEFG.json'), JSON.stringify(client('c-2', 'Old')));
    // A marker from elsewhere: anything reported before it would have come from the writes above.
    arrives(dataDir, 'clients/c-marker', client('c-marker', 'Cleo Park'));
    expect(await reported(1)).toEqual([{ kind: 'added', record: 'clients/c-marker' }]);
  });

  it('watches a record folder that appears later, and reports the files that came with it', async () => {
    const dataDir = tempDir();
    const { reported } = await watched(dataDir);
    arrives(dataDir, 'clients/c-9', client('c-9', 'Dara Ito'));
    expect(await reported(1)).toEqual([{ kind: 'added', record: 'clients/c-9' }]);
    arrives(dataDir, 'clients/c-9', client('c-9', 'Dara Ito-Berg'));
    expect((await reported(2))[1]).toEqual({ kind: 'changed', record: 'clients/c-9' });
  });
});

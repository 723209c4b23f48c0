import * as fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createStorage } from '../../../../electron/services/storage';
import { useTempDirs } from '../../../helpers/temp-dir';

/** What the store asked of the disk, in order, with what the record file held at that moment. */
const disk = vi.hoisted(() => ({ calls: [] as { call: string; target: string; fsync?: boolean; fileHolds?: string }[], watched: '' }));

/** Record files read from disk, and files that vanish between their stat and their read (a sync engine removing them). */
const reads = vi.hoisted(() => ({ files: [] as string[], vanishing: new Set<string>() }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const readFileSync = ((file: fs.PathOrFileDescriptor, options?: unknown) => {
    if (typeof file === 'string') {
      reads.files.push(file);
      if (reads.vanishing.has(file)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), { code: 'ENOENT' });
    }
    return (real.readFileSync as (file: fs.PathOrFileDescriptor, options?: unknown) => unknown)(file, options);
  }) as typeof real.readFileSync;
  return { ...real, readFileSync, default: { ...real, readFileSync } };
});

vi.mock('atomically', async (original) => {
  const real = await original<typeof import('atomically')>();
  return {
    ...real,
    writeFileSync: ((filePath: string, data: string, options?: { fsync?: boolean }) => {
      disk.calls.push({ call: 'write', target: filePath, fsync: options?.fsync !== false });
      return real.writeFileSync(filePath, data, options as Parameters<typeof real.writeFileSync>[2]);
    }) as typeof real.writeFileSync,
  };
});

vi.mock('../../../../electron/services/sync-folder', async (original) => {
  const real = await original<typeof import('../../../../electron/services/sync-folder')>();
  const { readFileSync } = await import('node:fs');
  return {
    syncFolder: (folder: string) => {
      let fileHolds: string | undefined;
      try {
        fileHolds = readFileSync(disk.watched, 'utf8');
      } catch {
        fileHolds = undefined;
      }
      disk.calls.push({ call: 'sync folder', target: folder, fileHolds });
      real.syncFolder(folder);
    },
  };
});

const tempDir = useTempDirs();
const clientSchema = z.strictObject({ name: z.string() });

function clientIn(dataDir: string) {
  const storage = createStorage(dataDir);
  return { storage, client: storage.record('clients', 'c-1', clientSchema) };
}

beforeEach(() => {
  disk.calls.length = 0;
  reads.files.length = 0;
  reads.vanishing.clear();
});

describe('an acknowledged write survives a crash or a power cut', () => {
  it('writes the new file through a temp file with fsync, then syncs its folder after the rename, before answering', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'clients', 'c-1.json');
    disk.watched = file;
    const { client } = clientIn(dataDir);
    client.write({ name: 'Ana' });
    client.write({ name: 'Ana Ruiz' });

    const second = disk.calls.slice(2);
    expect(second).toEqual([
      { call: 'write', target: file, fsync: true },
      { call: 'sync folder', target: path.join(dataDir, 'clients'), fileHolds: expect.stringContaining('Ana Ruiz') },
    ]);
  });

  it('leaves only the finished record in its folder: no temp file, no half-written file', () => {
    const dataDir = tempDir();
    const { client } = clientIn(dataDir);
    for (const name of ['Ana', 'Ana Ruiz', 'Ana Ruiz-Lopez']) client.write({ name });
    expect(fs.readdirSync(path.join(dataDir, 'clients'))).toEqual(['c-1.json']);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'clients', 'c-1.json'), 'utf8'))).toEqual({ schemaVersion: 1, record: { name: 'Ana Ruiz-Lopez' } });
  });

  it('a write acknowledged by one store is read back by the next one to open the folder', () => {
    const dataDir = tempDir();
    clientIn(dataDir).client.write({ name: 'Ana Ruiz' });
    const { client } = clientIn(dataDir);
    expect(client.read()).toEqual({ name: 'Ana Ruiz' });
    expect(client.stored()).toMatchObject({ record: { name: 'Ana Ruiz' }, digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('answers a read of what it just wrote from memory, without reading the file back', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'clients', 'c-1.json');
    const { client } = clientIn(dataDir);
    client.write({ name: 'Ana Ruiz' });
    reads.files.length = 0;
    expect(client.read()).toEqual({ name: 'Ana Ruiz' });
    expect(reads.files.filter((read) => read === file)).toEqual([]);
  });
});

describe('a record removed while it is being read', () => {
  it('is simply absent, as if the removal came first', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'clients', 'c-1.json');
    clientIn(dataDir).client.write({ name: 'Ana Ruiz' });
    reads.vanishing.add(file);
    expect(clientIn(dataDir).client.read()).toBeUndefined();
  });
});

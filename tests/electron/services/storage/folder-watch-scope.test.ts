import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderWatch, type RecordChange } from '../../../../electron/services/folder-watch';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const watches: FolderWatch[] = [];
afterEach(() => {
  for (const watch of watches.splice(0)) watch.close();
});

/** Files (and folders, ending in /) made before the watch starts. */
function folderWith(names: string[]): string {
  const dataDir = tempDir();
  for (const name of names) {
    const folder = name.endsWith('/') ? name : path.dirname(name);
    mkdirSync(path.join(dataDir, folder), { recursive: true });
    if (!name.endsWith('/')) writeFileSync(path.join(dataDir, name), '{}');
  }
  return dataDir;
}

function watching(dataDir: string, skip: string[] = []) {
  const changes: RecordChange[] = [];
  const waiters: (() => void)[] = [];
  const watch = new FolderWatch(
    dataDir,
    (change) => {
      changes.push(change);
      for (const wake of waiters.splice(0)) wake();
    },
    { skip },
  );
  watches.push(watch);
  /** Waits until `record` was reported, then gives every report so far. */
  const until = async (record: string) => {
    while (!changes.some((change) => change.record === record)) await new Promise<void>((resolve) => waiters.push(resolve));
    return changes.map(({ kind, record: name }) => `${kind} ${name}`);
  };
  return { watch, until, changes };
}

const write = (dataDir: string, name: string, text = '{"n":1}') => writeFileSync(path.join(dataDir, name), text);

describe('what the folder watcher looks at', () => {
  it('a file being copied in is reported once it has something in it, never while it is still empty', async () => {
    const dataDir = folderWith(['clients/']);
    const { until, changes } = watching(dataDir);
    write(dataDir, 'clients/c-2.json', '');
    write(dataDir, 'clients/c-3.json');
    await until('clients/c-3');
    expect(changes.map((change) => change.record)).toEqual(['clients/c-3']);
    write(dataDir, 'clients/c-2.json', '{"name":"Ana"}');
    expect(await until('clients/c-2')).toEqual(['added clients/c-3', 'added clients/c-2']);
  });

  it('a record present at start that someone changes is reported as changed, not added', async () => {
    const dataDir = folderWith(['clients/c-1.json']);
    const { until } = watching(dataDir);
    write(dataDir, 'clients/c-1.json', '{"name":"Ana"}');
    expect(await until('clients/c-1')).toEqual(['changed clients/c-1']);
  });

  it('never reports the live journals, the caches or hidden folders', async () => {
    const dataDir = folderWith(['journal/sessions/', '.cache/', '.stversions/clients/', 'clients/']);
    const { until } = watching(dataDir, ['journal', '.cache']);
    write(dataDir, 'journal/sessions/s-1.json');
    write(dataDir, '.cache/clients-summaries.json');
    write(dataDir, '.stversions/clients/c-1.json');
    write(dataDir, 'clients/c-marker.json');
    expect(await until('clients/c-marker')).toEqual(['added clients/c-marker']);
  });

  it('follows record folders four levels down, as in an archive, and no further', async () => {
    const dataDir = folderWith(['a/b/c/d/e/', 'a/b/c/d/']);
    const { until } = watching(dataDir);
    write(dataDir, 'a/b/c/d/e/too-deep.json');
    write(dataDir, 'a/b/c/d/deepest.json');
    expect(await until('a/b/c/d/deepest')).toEqual(['added a/b/c/d/deepest']);
  });

  it('reports a record someone else removes, and not one the app removed itself', async () => {
    const dataDir = folderWith(['clients/c-1.json', 'clients/c-2.json']);
    const { watch, until } = watching(dataDir);
    watch.noteOwn(path.join(dataDir, 'clients', 'c-1.json'), null);
    rmSync(path.join(dataDir, 'clients', 'c-1.json'));
    rmSync(path.join(dataDir, 'clients', 'c-2.json'));
    expect(await until('clients/c-2')).toEqual(['removed clients/c-2']);
  });

  it("does not report the app's own write, but does report someone's write after it", async () => {
    const dataDir = folderWith(['clients/c-1.json']);
    const { watch, until } = watching(dataDir);
    const file = path.join(dataDir, 'clients', 'c-1.json');
    write(dataDir, 'clients/c-1.json', '{"own":true}');
    watch.noteOwn(file, statSync(file));
    write(dataDir, 'clients/c-marker.json');
    expect(await until('clients/c-marker')).toEqual(['added clients/c-marker']);
    write(dataDir, 'clients/c-1.json', '{"theirs":true}');
    expect(await until('clients/c-1')).toEqual(['added clients/c-marker', 'changed clients/c-1']);
  });

  it('watches a record folder again once it is removed and made anew', async () => {
    const dataDir = folderWith(['clients/']);
    const { until } = watching(dataDir);
    rmSync(path.join(dataDir, 'clients'), { recursive: true });
    write(dataDir, 'settings.json');
    await until('settings');
    mkdirSync(path.join(dataDir, 'clients'));
    write(dataDir, 'marker.json');
    await until('marker');
    write(dataDir, 'clients/c-9.json');
    expect(await until('clients/c-9')).toContain('added clients/c-9');
  });

  it('a hidden folder that appears is not looked into, nor a new tree deeper than four levels', async () => {
    const dataDir = folderWith(['clients/']);
    const { until } = watching(dataDir);
    mkdirSync(path.join(dataDir, '.stversions'));
    write(dataDir, '.stversions/c-1.json');
    mkdirSync(path.join(dataDir, 'a', 'b', 'c', 'd', 'e'), { recursive: true });
    write(dataDir, 'a/b/c/d/e/too-deep.json');
    write(dataDir, 'marker.json');
    expect(await until('marker')).toEqual(['added marker']);
  });

  it('a record someone removes and brings back is reported as removed, then added', async () => {
    const dataDir = folderWith(['clients/c-1.json']);
    const { until } = watching(dataDir);
    rmSync(path.join(dataDir, 'clients', 'c-1.json'));
    await until('clients/c-1');
    write(dataDir, 'clients/c-1.json');
    write(dataDir, 'clients/c-marker.json');
    expect(await until('clients/c-marker')).toEqual(['removed clients/c-1', 'added clients/c-1', 'added clients/c-marker']);
  });

  it('reports nothing once closed', async () => {
    const dataDir = folderWith(['clients/']);
    const closed = watching(dataDir);
    closed.watch.close();
    write(dataDir, 'clients/c-1.json');
    const { until } = watching(dataDir);
    write(dataDir, 'clients/c-marker.json');
    await until('clients/c-marker');
    expect(closed.changes).toEqual([]);
  });
});

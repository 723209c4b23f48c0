import { existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { summariesOf } from '../../../../electron/services/summary-index';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const longAgo = new Date('2026-01-01T00:00:00Z');

/** A folder of client files and a list that shows each one's name, kept in a cache beside them. */
function clientList(names: Record<string, string>) {
  const folder = tempDir();
  const cacheFile = path.join(path.dirname(folder), 'cache', 'clients.json');
  const save = (id: string, name: string) => writeFileSync(path.join(folder, `${id}.json`), JSON.stringify({ name }));
  for (const [id, name] of Object.entries(names)) save(id, name);
  const summarize = vi.fn((id: string): string | undefined => {
    const { name } = JSON.parse(readFileSync(path.join(folder, `${id}.json`), 'utf8')) as { name?: string };
    return name;
  });
  let keep = true;
  const list = (ids: readonly string[] = Object.keys(names)) =>
    summariesOf({ folder, ids, cacheFile, summarize, encode: (lines) => (keep ? lines : undefined), decode: (text) => text });
  /** The cache file's time is set far back: a later write of it shows. */
  const ageCache = () => utimesSync(cacheFile, longAgo, longAgo);
  const cacheRewritten = () => statSync(cacheFile).mtime.getTime() !== longAgo.getTime();
  /** The records the cache file holds a line for. */
  const cachedIds = () => readFileSync(cacheFile, 'utf8').split('\n').map((line) => (JSON.parse(line) as unknown[])[0]);
  return { folder, cacheFile, save, summarize, list, ageCache, cacheRewritten, cachedIds, dontKeep: () => (keep = false) };
}

describe('the summaries of a folder of records', () => {
  it('reads every record once, then answers from the cache with no read at all while nothing changed', () => {
    const clients = clientList({ a: 'Ana Ruiz', b: 'Ben Okafor' });
    expect(clients.list()).toEqual({ summaries: ['Ana Ruiz', 'Ben Okafor'], unreadable: [] });
    expect(clients.summarize).toHaveBeenCalledTimes(2);
    // It holds names: readable by this user only.
    expect(statSync(clients.cacheFile).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(clients.cacheFile)).mode & 0o777).toBe(0o700);
    clients.ageCache();

    clients.summarize.mockClear();
    expect(clients.list()).toEqual({ summaries: ['Ana Ruiz', 'Ben Okafor'], unreadable: [] });
    expect(clients.summarize).not.toHaveBeenCalled();
    expect(clients.cacheRewritten()).toBe(false);
  });

  it('reads again only the record that changed since, and keeps its new summary', () => {
    const clients = clientList({ a: 'Ana Ruiz', b: 'Ben Okafor' });
    clients.list();
    clients.save('b', 'Benjamin Okafor');
    clients.ageCache();

    clients.summarize.mockClear();
    expect(clients.list().summaries).toEqual(['Ana Ruiz', 'Benjamin Okafor']);
    expect(clients.summarize.mock.calls).toEqual([['b']]);
    expect(clients.cacheRewritten()).toBe(true);
    clients.summarize.mockClear();
    expect(clients.list().summaries).toEqual(['Ana Ruiz', 'Benjamin Okafor']);
    expect(clients.summarize).not.toHaveBeenCalled();
  });

  it('drops a record that is gone from the list and from the cache', () => {
    const clients = clientList({ a: 'Ana Ruiz', b: 'Ben Okafor' });
    clients.list();
    rmSync(path.join(clients.folder, 'b.json'));
    clients.ageCache();

    expect(clients.list(['a'])).toEqual({ summaries: ['Ana Ruiz'], unreadable: [] });
    expect(clients.cacheRewritten()).toBe(true);
    expect(clients.cachedIds()).toEqual(['a']);
  });

  it('skips a record whose file went between listing and reading', () => {
    const clients = clientList({ a: 'Ana Ruiz' });
    expect(clients.list(['a', 'gone'])).toEqual({ summaries: ['Ana Ruiz'], unreadable: [] });
  });

  it('names a record that cannot be read, keeps no summary for it, and reads it again next time', () => {
    const clients = clientList({ a: 'Ana Ruiz', b: 'Ben Okafor' });
    writeFileSync(path.join(clients.folder, 'b.json'), '{"name":');
    expect(clients.list()).toEqual({ summaries: ['Ana Ruiz'], unreadable: ['b'] });

    clients.save('b', 'Ben Okafor');
    expect(clients.list()).toEqual({ summaries: ['Ana Ruiz', 'Ben Okafor'], unreadable: [] });
  });

  it('leaves out a record that cannot be listed, without counting it as unreadable', () => {
    const clients = clientList({ a: 'Ana Ruiz' });
    writeFileSync(path.join(clients.folder, 'b.json'), '{}');
    expect(clients.list(['a', 'b'])).toEqual({ summaries: ['Ana Ruiz'], unreadable: [] });
    expect(clients.cachedIds()).toEqual(['a']);
  });

  it.each([
    ['damaged', '["a",'],
    ['one JSON document instead of lines', '{"a":["1:2:3","Someone else"],"b":["1:2:3","Ben Okafor"]}'],
    ['empty', ''],
    ['holding lines of the wrong shape', 'null\n["a","Someone else"]\n["b",1,"Someone else"]'],
  ])('rebuilds a cache that is %s from the files', (_, text) => {
    const clients = clientList({ a: 'Ana Ruiz', b: 'Ben Okafor' });
    clients.list();
    writeFileSync(clients.cacheFile, text);

    clients.summarize.mockClear();
    expect(clients.list()).toEqual({ summaries: ['Ana Ruiz', 'Ben Okafor'], unreadable: [] });
    expect(clients.summarize).toHaveBeenCalledTimes(2);
    clients.summarize.mockClear();
    clients.list();
    expect(clients.summarize).not.toHaveBeenCalled();
  });

  it('keeps no cache file at all when told not to keep one now', () => {
    const clients = clientList({ a: 'Ana Ruiz' });
    clients.dontKeep();
    expect(clients.list().summaries).toEqual(['Ana Ruiz']);
    expect(existsSync(clients.cacheFile)).toBe(false);
  });
});

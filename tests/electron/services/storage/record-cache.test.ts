import { describe, expect, it } from 'vitest';
import { RECORD_CACHE_LIMIT, RecordCache, statKey, type CachedRecord } from '../../../../electron/services/record-cache';

const read = { ino: 7, size: 120, mtimeMs: 1_700_000_000_000.5 };
const entry = (record: unknown): CachedRecord => ({ key: statKey(read), envelope: { schemaVersion: 1, record }, digest: 'd' });

describe('the decoded-record cache', () => {
  it('answers while the file is the version it was read with', () => {
    const cache = new RecordCache();
    cache.put('/data/sessions/s-1.json', entry({ n: 1 }));
    expect(cache.get('/data/sessions/s-1.json', { ...read })?.envelope.record).toEqual({ n: 1 });
    expect(cache.get('/data/sessions/s-2.json', read)).toBeUndefined();
  });

  it('does not answer once the file was replaced (new inode), grew or shrank, or was edited (new mtime)', () => {
    const cache = new RecordCache();
    cache.put('/data/sessions/s-1.json', entry({ n: 1 }));
    for (const changed of [{ ...read, ino: 8 }, { ...read, size: 121 }, { ...read, mtimeMs: read.mtimeMs + 1 }]) {
      expect(cache.get('/data/sessions/s-1.json', changed)).toBeUndefined();
    }
    // Neither number stands for another: 1:23 is not 12:3.
    expect(statKey({ ino: 1, size: 23, mtimeMs: 4 })).not.toBe(statKey({ ino: 12, size: 3, mtimeMs: 4 }));
  });

  it('forgets one file when the watcher says it changed, and everything after a restore', () => {
    const cache = new RecordCache();
    cache.put('/a.json', entry({ n: 1 }));
    cache.put('/b.json', entry({ n: 2 }));
    cache.forget('/a.json');
    expect(cache.get('/a.json', read)).toBeUndefined();
    expect(cache.get('/b.json', read)).toBeDefined();
    cache.clear();
    expect(cache.get('/b.json', read)).toBeUndefined();
  });

  it('keeps the records used most recently, not every record ever read: ten years of sessions do not stay in memory', () => {
    const cache = new RecordCache();
    cache.put('/data/sessions/live.json', entry({ live: true }));
    for (let n = 0; n < RECORD_CACHE_LIMIT * 3; n += 1) {
      cache.put(`/data/sessions/s-${n}.json`, entry({ n }));
      // The running session is read on every command, so it stays however many others pass through.
      if (n % 100 === 0) expect(cache.get('/data/sessions/live.json', read)).toBeDefined();
    }
    expect(cache.size).toBeLessThanOrEqual(RECORD_CACHE_LIMIT);
    expect(cache.get('/data/sessions/live.json', read)?.envelope.record).toEqual({ live: true });
    expect(cache.get('/data/sessions/s-0.json', read)).toBeUndefined();
    expect(cache.get(`/data/sessions/s-${RECORD_CACHE_LIMIT * 3 - 1}.json`, read)).toBeDefined();
  });
});

describe('the version held when a file is replaced underneath', () => {
  // It is what goes back in place of a bad file from elsewhere: the wrong one would bring back a deleted or outdated record.
  it('is the version read before the replacement, handed over once', () => {
    const cache = new RecordCache();
    cache.put('/a.json', entry({ n: 1 }));
    cache.replaced('/a.json');
    expect(cache.get('/a.json', read)).toBeUndefined();
    expect(cache.takeBefore('/a.json')?.envelope.record).toEqual({ n: 1 });
    expect(cache.takeBefore('/a.json')).toBeUndefined();
  });

  it('survives a second replacement before the file was read again', () => {
    const cache = new RecordCache();
    cache.put('/a.json', entry({ n: 1 }));
    cache.replaced('/a.json');
    cache.replaced('/a.json');
    expect(cache.takeBefore('/a.json')?.envelope.record).toEqual({ n: 1 });
    expect(cache.takeBefore('/b.json')).toBeUndefined();
  });

  it('is gone once the file is removed, and after a restore', () => {
    const cache = new RecordCache();
    cache.put('/a.json', entry({ n: 1 }));
    cache.put('/b.json', entry({ n: 2 }));
    cache.replaced('/a.json');
    cache.replaced('/b.json');
    cache.forget('/a.json');
    expect(cache.takeBefore('/a.json')).toBeUndefined();
    cache.clear();
    expect(cache.takeBefore('/b.json')).toBeUndefined();
  });
});

import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScanIndex } from '../../../../electron/services/scan-index';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const longAgo = new Date('2026-01-01T00:00:00Z');

function indexFile() {
  const file = path.join(path.dirname(tempDir()), 'cache', 'scan-index.json');
  return {
    file,
    open: (versions = 'v3') => new ScanIndex(file, versions),
    age: () => utimesSync(file, longAgo, longAgo),
    rewritten: () => statSync(file).mtime.getTime() !== longAgo.getTime(),
  };
}

describe('what the start-up check already found sound', () => {
  it('is remembered across starts by each file’s stat, and only for that stat', () => {
    const index = indexFile();
    const first = index.open();
    first.markSound('clients/a.json', '1:10:100');
    first.markSound('clients/b.json', '2:20:200');
    first.save();

    const next = index.open();
    expect(next.isKnownSound('clients/a.json', '1:10:100')).toBe(true);
    expect(next.isKnownSound('clients/b.json', '2:20:200')).toBe(true);
    expect(next.isKnownSound('clients/a.json', '1:11:150')).toBe(false);
    expect(next.isKnownSound('clients/c.json', '3:30:300')).toBe(false);
  });

  it('is not written again when nothing new was found', () => {
    const index = indexFile();
    const first = index.open();
    first.markSound('clients/a.json', '1:10:100');
    first.save();
    index.age();

    const next = index.open();
    next.markSound('clients/a.json', '1:10:100');
    next.retain(new Set(['clients/a.json']));
    next.save();
    expect(index.rewritten()).toBe(false);
    // Saved once, a second save has nothing to write.
    next.markSound('clients/a.json', '1:11:150');
    next.save();
    index.age();
    next.save();
    expect(index.rewritten()).toBe(false);
  });

  it('forgets files no longer there, and says so on disk', () => {
    const index = indexFile();
    const first = index.open();
    first.markSound('clients/a.json', '1:10:100');
    first.markSound('clients/b.json', '2:20:200');
    first.save();
    index.age();

    const next = index.open();
    next.retain(new Set(['clients/b.json']));
    next.save();
    expect(index.rewritten()).toBe(true);
    const after = index.open();
    expect(after.isKnownSound('clients/a.json', '1:10:100')).toBe(false);
    expect(after.isKnownSound('clients/b.json', '2:20:200')).toBe(true);
  });

  it('is written fresh on the first start, before anything was checked', () => {
    const index = indexFile();
    index.open().save();
    expect(JSON.parse(readFileSync(index.file, 'utf8'))).toEqual({ versions: 'v3', files: {} });
    // Kept beside the records, it is readable by this user only.
    expect(statSync(index.file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(index.file)).mode & 0o777).toBe(0o700);
  });

  it('counts for nothing after the schema versions changed: every file is checked again', () => {
    const index = indexFile();
    const first = index.open('v3');
    first.markSound('clients/a.json', '1:10:100');
    first.save();
    expect(index.open('v4').isKnownSound('clients/a.json', '1:10:100')).toBe(false);
  });

  it.each([
    ['damaged', '{"versions":"v3","files":{'],
    ['without its list', '{"versions":"v3","files":null}'],
  ])('is rebuilt from the files when it is %s', (_, text) => {
    const index = indexFile();
    index.open().save();
    writeFileSync(index.file, text);
    const rebuilt = index.open();
    expect(rebuilt.isKnownSound('clients/a.json', '1:10:100')).toBe(false);
    rebuilt.markSound('clients/a.json', '1:10:100');
    rebuilt.save();
    expect(index.open().isKnownSound('clients/a.json', '1:10:100')).toBe(true);
  });

  it('a damaged index is rewritten at the next save even when nothing new was found', () => {
    const index = indexFile();
    index.open().save();
    writeFileSync(index.file, '{"versions":');
    index.open().save();
    expect(JSON.parse(readFileSync(index.file, 'utf8'))).toEqual({ versions: 'v3', files: {} });
  });

  it('ignores an entry that holds no stat', () => {
    const index = indexFile();
    index.open().save();
    writeFileSync(index.file, JSON.stringify({ versions: 'v3', files: { 'clients/a.json': 7, 'clients/b.json': '2:20:200' } }));
    const next = index.open();
    expect(next.isKnownSound('clients/a.json', 7 as unknown as string)).toBe(false);
    expect(next.isKnownSound('clients/b.json', '2:20:200')).toBe(true);
    expect(existsSync(index.file)).toBe(true);
  });
});

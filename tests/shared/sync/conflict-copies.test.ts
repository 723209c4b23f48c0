import { describe, expect, it } from 'vitest';
import { isConflictCopy, parseConflictCopy } from '../../../shared/sync/conflict-copies';

const id = 'c-3f2a9b1c-0d4e-4f5a-9b8c-7d6e5f4a3b2c';

describe('conflict copies left by sync engines', () => {
  it('reads a Syncthing conflict copy back to the record it belongs to', () => {
    expect(parseConflictCopy(`${id}.sync-conflict-20261130-101010-ABCDEF7.json`)).toEqual({
      original: `${id}.json`,
      engine: 'syncthing',
      from: 'ABCDEF7',
    });
  });

  it('reads Dropbox and Nextcloud conflicted copies', () => {
    expect(parseConflictCopy(`${id} (Front desk's conflicted copy 2026-11-30).json`)).toEqual({
      original: `${id}.json`,
      engine: 'dropbox',
      from: 'Front desk',
    });
    expect(parseConflictCopy(`${id} (Front desk's conflicted copy 2026-11-30 (1)).json`)?.original).toBe(`${id}.json`);
    expect(parseConflictCopy(`${id} (conflicted copy 2026-11-30 101010).json`)).toEqual({
      original: `${id}.json`,
      engine: 'nextcloud',
      from: '',
    });
  });

  it('reads a OneDrive copy named after the other computer', () => {
    expect(parseConflictCopy(`${id}-ROOM2PC.json`)).toEqual({ original: `${id}.json`, engine: 'onedrive', from: 'ROOM2PC' });
  });

  it('tells a conflict copy from the record it copies', () => {
    expect(isConflictCopy(`${id}.sync-conflict-20261130-101010-ABCDEFG.json`)).toBe(true);
    expect(isConflictCopy(`${id}-ROOM2PC.json`)).toBe(true);
  });

  it('leaves ordinary record files alone', () => {
    for (const name of [`${id}.json`, 's-00000000-0000-4000-8000-000000000000.json', 'plan-60.json', 'handout-settings.json', 'notes.sync-conflict.json']) {
      expect(isConflictCopy(name), name).toBe(false);
    }
  });
});

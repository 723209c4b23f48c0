import { describe, expect, it } from 'vitest';
import { DiskWriter, isDiskError, RETRY_MS, type DiskStatus } from '../../../../electron/services/disk-writer';
import { ManualClock } from '../../../helpers/manual-clock';
import { T0 } from '../../../helpers/sessions';

const diskFull = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** A disk that refuses every write while `full` is set, and keeps what it was given otherwise. */
function diskAt(clock = new ManualClock(T0)) {
  const state = { full: false, saved: new Map<string, unknown>() };
  const statuses: DiskStatus[] = [];
  const writer = new DiskWriter(clock, (status) => statuses.push(status));
  const save = (file: string, value: unknown) =>
    writer.write(file, file.replace('.json', ''), value, () => {
      if (state.full) throw diskFull();
      state.saved.set(file, value);
    });
  return { clock, state, statuses, writer, save };
}

describe('a write the disk refuses is kept, retried and reported, never dropped', () => {
  it('tells a disk error (full, read-only, gone) from a bug', () => {
    expect(isDiskError(diskFull())).toBe(true);
    expect(isDiskError(Object.assign(new Error('read-only'), { code: 'EROFS' }))).toBe(true);
    expect(isDiskError(new TypeError('x is undefined'))).toBe(false);
    expect(isDiskError(Object.assign(new Error('zod'), { code: 'invalid_type' }))).toBe(false);
    expect(isDiskError(Object.assign(new Error('odd'), { code: 'XENOSPC' }))).toBe(false);
    expect(isDiskError(Object.assign(new Error('odd'), { code: 'ENOSPC!' }))).toBe(false);
    expect(isDiskError(Object.assign(new Error('odd'), { code: 28 }))).toBe(false);
    expect(isDiskError(null)).toBe(false);
  });

  it('a write that succeeds says nothing and holds nothing', () => {
    const { writer, save, statuses, state } = diskAt();
    save('s-1.json', { n: 1 });
    expect(state.saved.get('s-1.json')).toEqual({ n: 1 });
    expect(statuses).toEqual([]);
    expect(writer.pendingValue('s-1.json')).toBeUndefined();
    expect(writer.status()).toEqual({ state: 'ok', pending: [], message: 'Everything is saved on disk.' });
  });

  it('holds the refused value, answers reads with a copy of it, and says what to do in plain words', () => {
    const { writer, save, statuses, state } = diskAt();
    state.full = true;
    const value = { entries: [5] };
    save('sessions/s-2.json', value);
    save('sessions/s-1.json', { entries: [] });
    const held = writer.pendingValue('sessions/s-2.json')!;
    expect(held.value).toEqual({ entries: [5] });
    expect(held.value).not.toBe(value);
    expect(statuses.at(-1)).toEqual({
      state: 'retrying',
      pending: ['sessions/s-1', 'sessions/s-2'],
      message:
        'Saving to disk failed (ENOSPC: no space left on device, write). 2 record(s) are kept in memory only; ' +
        `Stillpoint retries every ${RETRY_MS / 1000} s. Keep Stillpoint open and free some disk space.`,
    });
  });

  it('retries on the clock, once the retry time has passed, and reports when all is saved', () => {
    const { clock, writer, save, statuses, state } = diskAt();
    state.full = true;
    save('s-1.json', { n: 1 });
    save('s-2.json', { n: 2 });
    expect(clock.pendingTimers()).toEqual([T0 + RETRY_MS]);
    clock.advance(RETRY_MS);
    expect(clock.pendingTimers()).toEqual([T0 + 2 * RETRY_MS]);
    state.full = false;
    clock.advance(RETRY_MS - 1);
    expect(state.saved.size).toBe(0);
    clock.advance(1);
    expect([...state.saved.keys()].sort()).toEqual(['s-1.json', 's-2.json']);
    expect(writer.pendingValue('s-1.json')).toBeUndefined();
    expect(clock.pendingTimers()).toEqual([]);
    expect(statuses.at(-1)?.state).toBe('ok');
  });

  it('a later write of a held record that succeeds clears it and reports the disk is fine again', () => {
    const { writer, save, statuses, state } = diskAt();
    state.full = true;
    save('s-1.json', { n: 1 });
    state.full = false;
    save('s-1.json', { n: 2 });
    expect(writer.pendingValue('s-1.json')).toBeUndefined();
    expect(statuses.map((status) => status.state)).toEqual(['retrying', 'ok']);
  });

  it('"retry now" writes at once and keeps retrying what still fails, with the latest reason', () => {
    const { clock, writer, statuses, state } = diskAt();
    state.full = true;
    let readOnly = true;
    writer.write('a.json', 'a', 1, () => {
      if (state.full) throw diskFull();
    });
    writer.write('b.json', 'b', 2, () => {
      if (readOnly) throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    });
    state.full = false;
    writer.retryNow();
    expect(writer.status().pending).toEqual(['b']);
    expect(statuses.at(-1)?.message).toContain('(EROFS: read-only file system)');
    expect(clock.pendingTimers()).toEqual([T0 + RETRY_MS]);
    readOnly = false;
    writer.retryNow();
    expect(writer.status().state).toBe('ok');
    expect(clock.pendingTimers()).toEqual([]);
  });

  it('a bug is never taken for a full disk: it reaches the caller, on the first write and on a retry', () => {
    const { writer } = diskAt();
    expect(() => writer.write('a.json', 'a', 1, () => { throw new TypeError('bug'); })).toThrow('bug');
    expect(writer.pendingValue('a.json')).toBeUndefined();
    let calls = 0;
    writer.write('b.json', 'b', 2, () => {
      calls += 1;
      if (calls === 1) throw diskFull();
      throw new TypeError('bug on retry');
    });
    expect(() => writer.retryNow()).toThrow('bug on retry');
  });

  it('after a restore the held values are forgotten: the restored files win', () => {
    const { clock, writer, save, statuses, state } = diskAt();
    state.full = true;
    save('s-1.json', { n: 1 });
    writer.forget();
    expect(writer.pendingValue('s-1.json')).toBeUndefined();
    expect(clock.pendingTimers()).toEqual([]);
    expect(statuses.at(-1)?.state).toBe('ok');
    state.full = false;
    clock.advance(RETRY_MS);
    expect(state.saved.size).toBe(0);
  });

  it('"retry now" with nothing waiting says all is saved, and closing with nothing waiting is harmless', () => {
    const { writer, statuses, clock } = diskAt();
    writer.retryNow();
    writer.stop();
    expect(statuses).toEqual([{ state: 'ok', pending: [], message: 'Everything is saved on disk.' }]);
    expect(clock.pendingTimers()).toEqual([]);
  });

  it('stops retrying when the app closes', () => {
    const { clock, writer, save, state } = diskAt();
    state.full = true;
    save('s-1.json', { n: 1 });
    writer.stop();
    expect(clock.pendingTimers()).toEqual([]);
    // A new refusal arms the retry again.
    save('s-2.json', { n: 2 });
    expect(clock.pendingTimers()).toEqual([T0 + RETRY_MS]);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderInUseError, lockFolder, processIsRunning } from '../../../electron/services/folder-lock';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function holder(pid: number, host = os.hostname()) {
  return JSON.stringify({ pid, host, app: 'desktop', since: '2026-11-30T08:00:00.000Z' });
}

describe('the data folder lock', () => {
  it('is exclusive while held, refused with a plain message, and free again once released', () => {
    const file = path.join(tempDir(), 'stillpoint.lock');
    const lock = lockFolder(file, { app: 'browser' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, app: 'browser' });
    expect(() => lockFolder(file, { app: 'desktop' })).toThrow(FolderInUseError);
    expect(() => lockFolder(file, { app: 'desktop' })).toThrow(/already open on the data folder .* \(process \d+, browser mode\)\. Switch to that one, or close it first/);
    lock.release();
    expect(existsSync(file)).toBe(false);
    lockFolder(file, { app: 'desktop' }).release();
  });

  it('refuses while the holding process runs, and takes over once it is gone', () => {
    const file = path.join(tempDir(), 'stillpoint.lock');
    writeFileSync(file, holder(4242));
    expect(() => lockFolder(file, { app: 'desktop', isRunning: () => true })).toThrow(/process 4242/);
    const lock = lockFolder(file, { app: 'desktop', isRunning: (pid) => pid !== 4242 });
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock that a crash left empty or half-written', () => {
    const file = path.join(tempDir(), 'stillpoint.lock');
    writeFileSync(file, '{"pid":');
    lockFolder(file, { app: 'desktop' }).release();
  });

  it('takes over a crashed run whose pid came round again to this process', () => {
    const file = path.join(tempDir(), 'stillpoint.lock');
    writeFileSync(file, holder(process.pid));
    lockFolder(file, { app: 'desktop' }).release();
  });

  it('respects a lock from another computer sharing the folder, which it cannot check', () => {
    const file = path.join(tempDir(), 'stillpoint.lock');
    writeFileSync(file, holder(4242, 'front-desk-pc'));
    expect(() => lockFolder(file, { app: 'desktop', isRunning: () => false })).toThrow(FolderInUseError);
  });

  it('releasing leaves alone a lock that another copy has taken over', () => {
    const file = path.join(tempDir(), 'stillpoint.lock');
    const lock = lockFolder(file, { app: 'desktop' });
    writeFileSync(file, holder(4242));
    lock.release();
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(4242);
  });

  it('names the desktop app holding the folder, and the folder itself', () => {
    const dir = tempDir();
    const file = path.join(dir, 'stillpoint.lock');
    writeFileSync(file, holder(4242));
    const refused = () => lockFolder(file, { app: 'browser', isRunning: () => true });
    expect(refused).toThrow(
      `Stillpoint is already open on the data folder ${dir} (process 4242, the desktop app). Switch to that one, or close it first: two copies on one folder would each overwrite what the other saved.`,
    );
    // The refusal loses nothing: the other app's lock is still its own.
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(4242);
    expect(readdirSync(dir)).toEqual(['stillpoint.lock']);
  });

  it('is made in a folder that does not exist yet, readable by this user only', () => {
    const file = path.join(tempDir(), 'not-yet', 'stillpoint.lock');
    const lock = lockFolder(file, { app: 'desktop', pid: 777 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ pid: 777, host: os.hostname(), app: 'desktop', since: expect.any(String) });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it('takes over a lock that does not say which process holds it', () => {
    const file = path.join(tempDir(), 'stillpoint.lock');
    writeFileSync(file, JSON.stringify({ pid: '4242', host: os.hostname() }));
    lockFolder(file, { app: 'desktop', isRunning: () => true }).release();
    writeFileSync(file, JSON.stringify({ pid: 4242 }));
    lockFolder(file, { app: 'desktop', isRunning: () => true }).release();
  });

  it('takes the folder when the holder lets go while it is being checked', () => {
    const file = path.join(tempDir(), 'stillpoint.lock');
    writeFileSync(file, holder(4242));
    const lock = lockFolder(file, {
      app: 'desktop',
      isRunning: () => {
        rmSync(file);
        return false;
      },
    });
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('never steals a lock another copy took over while this one was judging the old one stale', () => {
    const dir = tempDir();
    const file = path.join(dir, 'stillpoint.lock');
    writeFileSync(file, holder(4242));
    // Every time this copy finds the holder gone, another copy has just taken the folder.
    let taker = 5000;
    const race = () => lockFolder(file, {
      app: 'desktop',
      isRunning: () => {
        writeFileSync(file, holder((taker += 1)));
        return false;
      },
    });
    expect(race).toThrow(`The lock on ${dir} kept changing hands; start Stillpoint again.`);
    // Three tries, then it gives up rather than spin.
    expect(taker).toBe(5003);
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(taker);
    expect(readdirSync(dir)).toEqual(['stillpoint.lock']);
  });
});

describe('a lock this process held', () => {
  it('is its own no more once released: a leftover lock naming its pid is then a crashed run, taken over', () => {
    const file = path.join(tempDir(), 'stillpoint.lock');
    lockFolder(file, { app: 'desktop' }).release();
    writeFileSync(file, holder(process.pid));
    lockFolder(file, { app: 'desktop' }).release();
    expect(existsSync(file)).toBe(false);
  });

  it('releases quietly when its lock file was already removed by hand', () => {
    const file = path.join(tempDir(), 'stillpoint.lock');
    const lock = lockFolder(file, { app: 'desktop' });
    rmSync(file);
    expect(() => lock.release()).not.toThrow();
  });

  it('leaves no file open behind it, however often the app locks and releases', () => {
    const file = path.join(tempDir(), 'stillpoint.lock');
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let n = 0; n < 20; n += 1) lockFolder(file, { app: 'desktop' }).release();
    expect(open()).toBe(before);
  });

  it('says what the system said when the lock file cannot be made at all, and does not retry', () => {
    const file = path.join(tempDir(), `${'x'.repeat(300)}.lock`);
    expect(() => lockFolder(file, { app: 'desktop' })).toThrow(/ENAMETOOLONG/);
  });
});

describe('whether the holder of a lock still runs', () => {
  it('is yes for a running process and no for one that has exited', () => {
    expect(processIsRunning(process.pid)).toBe(true);
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    expect(processIsRunning(exited)).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('is yes for a process of another user, which this one may not signal', () => {
    expect(processIsRunning(1)).toBe(true);
  });
});

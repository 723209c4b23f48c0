import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderInUseError, lockFolder } from '../../../electron/services/folder-lock';
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
});

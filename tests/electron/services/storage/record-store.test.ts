import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SessionsService } from '../../../../electron/services/sessions';
import { SessionCareService } from '../../../../electron/services/session-care';
import { createStorage } from '../../../../electron/services/storage';
import { ManualClock } from '../../../helpers/manual-clock';
import { MIN, T0 } from '../../../helpers/sessions';
import { useTempDirs } from '../../../helpers/temp-dir';

const reads = vi.hoisted(() => ({ files: [] as string[] }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const readFileSync = ((file: fs.PathOrFileDescriptor, options?: unknown) => {
    if (typeof file === 'string') reads.files.push(file);
    return (real.readFileSync as (file: fs.PathOrFileDescriptor, options?: unknown) => unknown)(file, options);
  }) as typeof real.readFileSync;
  return { ...real, readFileSync, default: { ...real, readFileSync } };
});

const tempDir = useTempDirs();
const clearIntake = { screening: [], confirmedUnchanged: false, painNow: 6, painRegions: ['lower-back' as const], painQuality: 'ache', goals: 'move freely', allergies: '', medications: '' };

function room(dataDir: string, clock: ManualClock) {
  const storage = createStorage(dataDir);
  const sessions = new SessionsService({ storage, clock, newId: () => 's-1' });
  return { storage, sessions, care: new SessionCareService(sessions, clock) };
}

describe('the record store', () => {
  it('reads a record from disk once, then answers from its stat-keyed cache', () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const { sessions } = room(dataDir, clock);
    const started = sessions.start('default-60');
    sessions.command(started.id, { type: 'finish' });

    const { sessions: again } = room(dataDir, clock);
    const sessionFile = path.join(dataDir, 'sessions', 's-1.json');
    reads.files.length = 0;
    for (let n = 0; n < 5; n += 1) again.get('s-1');
    expect(reads.files.filter((file) => file === sessionFile)).toHaveLength(1);
  });

  it('reads a file again once it changed underneath (a new inode, size or mtime)', () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const { sessions } = room(dataDir, clock);
    sessions.command(sessions.start('default-60').id, { type: 'finish' });
    const file = path.join(dataDir, 'sessions', 's-1.json');
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    stored.record.createdAt = T0 - MIN;
    fs.writeFileSync(`${file}.new`, JSON.stringify(stored));
    fs.renameSync(`${file}.new`, file);
    expect(sessions.get('s-1').createdAt).toBe(T0 - MIN);
  });

  it('gives the running session no file rewrite per pressure entry: one journal line each', () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const { sessions, care } = room(dataDir, clock);
    const started = sessions.start('default-60');
    care.saveIntake(started.id, clearIntake);
    for (let phase = 0; phase < 2; phase += 1) {
      clock.advance(5 * MIN);
      sessions.command(started.id, { type: 'next' });
    }
    const file = path.join(dataDir, 'sessions', 's-1.json');
    const inode = fs.statSync(file).ino;
    reads.files.length = 0;
    for (let n = 0; n < 3; n += 1) care.log(started.id, { region: 'lower-back', technique: 'deep-tissue', level: 5, response: 'just-right' });
    expect(fs.statSync(file).ino).toBe(inode);
    expect(reads.files).toEqual([]);
    expect(sessions.get('s-1').pressure?.entries).toHaveLength(3);
  });

  it('makes folders only its user can open and files only its user can read', () => {
    const dataDir = tempDir();
    fs.chmodSync(dataDir, 0o755);
    const { sessions } = room(dataDir, new ManualClock(T0));
    sessions.start('default-60');
    const mode = (target: string) => fs.statSync(target).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, 'sessions'))).toBe(0o700);
    expect(mode(path.join(dataDir, 'sessions', 's-1.json'))).toBe(0o600);
    expect(mode(path.join(dataDir, 'journal', 'sessions'))).toBe(0o700);
    expect(mode(path.join(dataDir, 'journal', 'sessions', 's-1.jsonl'))).toBe(0o600);
  });

  it('never takes a sync engine conflict copy or a temp file for a record', () => {
    const dataDir = tempDir();
    const { storage } = room(dataDir, new ManualClock(T0));
    fs.mkdirSync(path.join(dataDir, 'clients'));
    for (const name of ['c-1.json', 'c-1.sync-conflict-20261130-101010-ABCDEFG.json', '.syncthing.c-2.json.tmp', 'c-3.json.tmp-123', '~c-4.json']) {
      fs.writeFileSync(path.join(dataDir, 'clients', name), '{}');
    }
    expect(storage.list('clients')).toEqual(['c-1']);
    expect(storage.allFiles().map((file) => path.basename(file))).toEqual(['c-1.json']);
  });
});

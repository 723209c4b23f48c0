import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionsService } from '../../../electron/services/sessions';
import { createStorage } from '../../../electron/services/storage';
import { ContractError } from '../../../shared/contract/errors';
import { ManualClock } from '../../helpers/manual-clock';
import { onDisk } from '../../helpers/on-disk';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function service(dataDir: string, clock: ManualClock) {
  let n = 0;
  return new SessionsService({ storage: createStorage(dataDir), clock, newId: () => `s-${++n}` });
}

function refusal(action: () => unknown): ContractError {
  try {
    action();
  } catch (error) {
    if (error instanceof ContractError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the sessions service', () => {
  it('keeps each session in its own file and has every event on disk as it happens', () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const sessions = service(dataDir, clock);
    const started = sessions.start('default-60');
    clock.advance(MIN);
    sessions.command(started.id, { type: 'next' });
    const stored = onDisk(dataDir, `sessions/${started.id}`);
    expect(stored.schemaVersion).toBe(1);
    expect(stored.record.events).toEqual([
      { type: 'start', at: T0 },
      { type: 'next', at: T0 + MIN },
    ]);
    expect(readdirSync(path.join(dataDir, 'sessions'))).toEqual([`${started.id}.json`]);
  });

  it("appends a running session's events to its journal and folds them into its file when it finishes", () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const sessions = service(dataDir, clock);
    const started = sessions.start('default-60');
    const file = path.join(dataDir, 'sessions', `${started.id}.json`);
    const journal = path.join(dataDir, 'journal', 'sessions', `${started.id}.jsonl`);
    const fileBefore = readFileSync(file, 'utf8');
    clock.advance(MIN);
    sessions.command(started.id, { type: 'pause' });
    expect(readFileSync(file, 'utf8')).toBe(fileBefore);
    expect(readFileSync(journal, 'utf8').trim().split('\n')).toHaveLength(2);

    clock.advance(MIN);
    sessions.command(started.id, { type: 'finish' });
    expect(existsSync(journal)).toBe(false);
    const folded = JSON.parse(readFileSync(file, 'utf8'));
    expect(folded.record.events.map((event: { type: string }) => event.type)).toEqual(['start', 'pause', 'finish']);
  });

  // The journal folder is this room's alone (never synced, never a record file): what is added after the finish must be in the file itself.
  it('writes a change to a finished session into its own file, with no journal left beside it', () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const sessions = service(dataDir, clock);
    const started = sessions.start('default-60');
    clock.advance(MIN);
    sessions.command(started.id, { type: 'finish' });
    sessions.update(started.id, (session) => ({ ...session, pressure: { entries: [], corrections: [] } }));
    const journal = path.join(dataDir, 'journal', 'sessions', `${started.id}.jsonl`);
    expect(existsSync(journal)).toBe(false);
    const inFile = JSON.parse(readFileSync(path.join(dataDir, 'sessions', `${started.id}.json`), 'utf8'));
    expect(inFile.record).toMatchObject({ pressure: { entries: [], corrections: [] }, revision: 3 });
  });

  it('every write carries a higher revision than the one before, so a window can order copies that arrive late', () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const sessions = service(dataDir, clock);
    const started = sessions.start('default-60');
    clock.advance(MIN);
    const paused = sessions.command(started.id, { type: 'pause' });
    const noted = sessions.update(started.id, (session) => ({ ...session, keepEndTime: false }));
    expect([started.revision, paused.revision, noted.revision]).toEqual([1, 2, 3]);
    expect(sessions.current()?.revision).toBe(3);
  });

  it('events survive a new service instance on the same folder', () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const first = service(dataDir, clock);
    const started = first.start('default-60');
    clock.advance(2 * MIN);
    first.command(started.id, { type: 'next' });
    clock.advance(MIN);
    first.command(started.id, { type: 'pause' });

    const restarted = service(dataDir, clock);
    expect(restarted.current()?.events.map((event) => event.type)).toEqual(['start', 'next', 'pause']);
  });

  it('refuses commands that do not apply, and writes nothing for them', () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const sessions = service(dataDir, clock);
    const started = sessions.start('default-60');
    expect(refusal(() => sessions.command(started.id, { type: 'back' })).message).toBe('This is the first phase.');
    expect(refusal(() => sessions.command(started.id, { type: 'resume' })).message).toContain('already running');
    sessions.command(started.id, { type: 'finish' });
    expect(refusal(() => sessions.command(started.id, { type: 'next' })).message).toContain('already finished');
    expect(refusal(() => sessions.command('s-unknown', { type: 'next' })).code).toBe('not-found');
    expect(sessions.get(started.id).events.map((event) => event.type)).toEqual(['start', 'finish']);
  });

  it('will not start a second session while one runs', () => {
    const sessions = service(tempDir(), new ManualClock(T0));
    sessions.start('default-60');
    expect(refusal(() => sessions.start('default-60')).message).toContain('already running');
  });

  it('tells listeners about every change', () => {
    const sessions = service(tempDir(), new ManualClock(T0));
    const seen: string[] = [];
    sessions.onChange((session) => seen.push(session?.events.at(-1)?.type ?? 'none'));
    const started = sessions.start('default-60');
    sessions.command(started.id, { type: 'pause' });
    expect(seen).toEqual(['start', 'pause']);
  });

  it('back returns to the phase before, and the session in progress is named in current-session.json', () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const sessions = service(dataDir, clock);
    const started = sessions.start('default-60');
    expect(JSON.parse(readFileSync(path.join(dataDir, 'current-session.json'), 'utf8')).record).toEqual({ currentSessionId: started.id });
    clock.advance(MIN);
    sessions.command(started.id, { type: 'next' });
    clock.advance(MIN);
    const back = sessions.command(started.id, { type: 'back' });
    expect(back.events.at(-1)).toEqual({ type: 'back', at: T0 + 2 * MIN });
  });

  it('a session starts with the room that runs it and the flags carried from the client’s last visit', () => {
    const dataDir = tempDir();
    const carried = { fromSessionId: 's-0', recordedAt: T0 - MIN, screening: [{ id: 'blood-clots' as const, level: 'consult' as const, note: '', avoidRegions: [] }], allergies: '', medications: '' };
    const sessions = new SessionsService({ storage: createStorage(dataDir), clock: new ManualClock(T0), newId: () => 's-1', room: () => 'Room 2' });
    const started = sessions.start('default-60', 'c-1', carried);
    expect(started).toMatchObject({ clientId: 'c-1', room: 'Room 2', carriedScreening: carried });
    expect(onDisk(dataDir, 'sessions/s-1').record).toMatchObject({ room: 'Room 2', carriedScreening: carried });
  });
});

import { describe, expect, it } from 'vitest';
import { SessionsService } from '../../../electron/services/sessions';
import { createStorage } from '../../../electron/services/storage';
import { ContractError } from '../../../shared/contract/errors';
import type { SessionCommand } from '../../../shared/session/events';
import type { Session } from '../../../shared/session/session';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

/** The default 60-minute plan has six phases: arrival 5, assessment 5, warm-up 10, targeted 25, integration 7, wrap-up 5. */
function room() {
  const clock = new ManualClock(T0);
  let n = 0;
  const sessions = new SessionsService({ storage: createStorage(tempDir()), clock, newId: () => `s-${++n}` });
  const pushes: (Session | null)[] = [];
  sessions.onChange((session) => pushes.push(session));
  const started = sessions.start('default-60');
  pushes.length = 0;
  return { clock, sessions, pushes, id: started.id };
}

type Room = ReturnType<typeof room>;

/** Expects `command` to be refused with `message`, with nothing written and nothing pushed. */
function expectRefused({ sessions, pushes, id }: Room, command: SessionCommand, message: string | RegExp): void {
  const before = sessions.get(id).events;
  const pushed = pushes.length;
  let error: unknown;
  try {
    sessions.command(id, command);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ContractError);
  expect(error).toMatchObject({ code: 'refused', message: expect.stringMatching(message) });
  expect(sessions.get(id).events).toEqual(before);
  expect(pushes).toHaveLength(pushed);
}

describe('the sessions service refuses what does not apply, and writes and pushes nothing for it', () => {
  it('next on the last phase says to finish instead', () => {
    const r = room();
    r.sessions.command(r.id, { type: 'jump', phaseIndex: 5 });
    expectRefused(r, { type: 'next' }, 'This is the last phase. Finish the session instead.');
  });

  it('back on the first phase', () => {
    expectRefused(room(), { type: 'back' }, 'This is the first phase.');
  });

  it('a jump past the last phase names the phase as a person counts it', () => {
    const r = room();
    expectRefused(r, { type: 'jump', phaseIndex: 6 }, 'This plan has no phase 7.');
    r.sessions.command(r.id, { type: 'jump', phaseIndex: 5 });
    expect(r.sessions.get(r.id).events.at(-1)).toEqual({ type: 'jump', at: T0, phaseIndex: 5 });
  });

  it('a jump to the phase already running', () => {
    expectRefused(room(), { type: 'jump', phaseIndex: 0 }, 'That phase is already running.');
  });

  it('pausing while paused, and resuming while running', () => {
    const r = room();
    expectRefused(r, { type: 'resume' }, 'The session is already running.');
    r.sessions.command(r.id, { type: 'pause' });
    expectRefused(r, { type: 'pause' }, 'The session is already paused.');
    r.sessions.command(r.id, { type: 'resume' });
    expect(r.sessions.get(r.id).events.map((event) => event.type)).toEqual(['start', 'pause', 'resume']);
  });

  it('removing more time than the phase has left; removing exactly what is left is fine', () => {
    const r = room();
    r.clock.advance(4 * MIN);
    expectRefused(r, { type: 'adjust', seconds: -120 }, 'The phase does not have that much time left to remove.');
    r.sessions.command(r.id, { type: 'adjust', seconds: -60 });
    expect(r.sessions.get(r.id).events.at(-1)).toEqual({ type: 'adjust', at: T0 + 4 * MIN, seconds: -60 });
  });

  it('adding time to a phase that has run over is always fine', () => {
    const r = room();
    r.clock.advance(8 * MIN);
    r.sessions.command(r.id, { type: 'adjust', seconds: 60 });
    expect(r.pushes).toHaveLength(1);
  });

  it('every command on a finished session', () => {
    const r = room();
    r.clock.advance(MIN);
    r.sessions.command(r.id, { type: 'finish' });
    const commands: SessionCommand[] = [
      { type: 'pause' },
      { type: 'resume' },
      { type: 'next' },
      { type: 'back' },
      { type: 'jump', phaseIndex: 2 },
      { type: 'adjust', seconds: 60 },
      { type: 'finish' },
    ];
    for (const command of commands) expectRefused(r, command, 'This session has already finished.');
  });

  it('a second session while one runs; once it is finished the next one may start', () => {
    const r = room();
    expect(() => r.sessions.start('default-60')).toThrow('A session is already running. Finish it before starting another.');
    expect(r.pushes).toHaveLength(0);
    r.sessions.command(r.id, { type: 'finish' });
    const next = r.sessions.start('default-60');
    expect(r.sessions.current()?.id).toBe(next.id);
  });

  it('a plan or a session that does not exist', () => {
    const r = room();
    r.sessions.command(r.id, { type: 'finish' });
    expect(() => r.sessions.start('no-such-plan')).toThrow('There is no plan "no-such-plan".');
    expect(() => r.sessions.command('s-404', { type: 'next' })).toThrow('There is no session s-404.');
    expect(r.pushes).toHaveLength(1);
  });
});

describe('every change is pushed exactly once, with the session as written', () => {
  it('start, each command and each update', () => {
    const clock = new ManualClock(T0);
    const sessions = new SessionsService({ storage: createStorage(tempDir()), clock, newId: () => 's-1' });
    const pushes: (Session | null)[] = [];
    sessions.onChange((session) => pushes.push(session));

    const started = sessions.start('default-60', 'c-1');
    expect(pushes).toEqual([started]);
    expect(started).toMatchObject({ clientId: 'c-1', keepEndTime: true, events: [{ type: 'start', at: T0 }] });

    clock.advance(MIN);
    const paused = sessions.command(started.id, { type: 'pause' });
    expect(pushes).toEqual([started, paused]);

    const noted = sessions.update(started.id, (session) => ({ ...session, pressure: { entries: [], corrections: [] } }));
    expect(pushes).toEqual([started, paused, noted]);
    expect(sessions.get(started.id)).toEqual(noted);
  });

  it('an update that refuses writes and pushes nothing', () => {
    const r = room();
    const before = r.sessions.get(r.id);
    expect(() =>
      r.sessions.update(r.id, () => {
        throw new ContractError({ code: 'refused', message: 'no' });
      }),
    ).toThrow('no');
    expect(r.sessions.get(r.id)).toEqual(before);
    expect(r.pushes).toHaveLength(0);
  });

  it('a listener that unsubscribes hears nothing more', () => {
    const r = room();
    const heard: unknown[] = [];
    const stop = r.sessions.onChange((session) => heard.push(session));
    r.sessions.command(r.id, { type: 'pause' });
    stop();
    r.sessions.command(r.id, { type: 'resume' });
    expect(heard).toHaveLength(1);
    expect(r.pushes).toHaveLength(2);
  });

  it('a session started with keeping the end time off says so in its file', () => {
    const clock = new ManualClock(T0);
    const sessions = new SessionsService({ storage: createStorage(tempDir()), clock, newId: () => 's-1', keepEndTime: () => false });
    expect(sessions.start('default-60')).toMatchObject({ keepEndTime: false });
    expect(sessions.current()?.keepEndTime).toBe(false);
  });
});

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/services/backend';
import type { PushChannel } from '../../../shared/contract/channels';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function backendWith(clock: ManualClock, dataDir = tempDir()) {
  const pushes: { channel: PushChannel; payload: unknown }[] = [];
  const notes: string[] = [];
  const backend = createBackend({
    dataDir,
    clock,
    push: (channel, payload) => pushes.push({ channel, payload }),
    notify: (_title, body) => notes.push(body),
  });
  return { backend, pushes, notes };
}

describe('the back end behind the contract', () => {
  it('answers a valid request with its value', async () => {
    const { backend } = backendWith(new ManualClock(T0));
    const answer = await backend.handle('session.start', { planId: 'default-60' });
    expect(answer).toMatchObject({ ok: true, value: { plan: { id: 'default-60' } } });
  });

  it('answers a bad payload with a typed error and writes nothing', async () => {
    const { backend } = backendWith(new ManualClock(T0));
    expect(await backend.handle('session.start', { planId: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await backend.handle('session.current', {})).toEqual({ ok: true, value: null });
  });

  it('refuses a channel that is not in the contract', async () => {
    const { backend } = backendWith(new ManualClock(T0));
    expect(await backend.handle('fs.readFile', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'This version of Stillpoint cannot do that; restart Stillpoint and try again.' },
    });
  });

  it('knows a session runs from its start until it is finished', async () => {
    const { backend } = backendWith(new ManualClock(T0));
    expect(backend.isSessionRunning()).toBe(false);
    const answer = await backend.handle('session.start', { planId: 'default-60' });
    expect(backend.isSessionRunning()).toBe(true);
    const sessionId = (answer as { value: { id: string } }).value.id;
    await backend.handle('session.command', { sessionId, command: { type: 'finish' } });
    expect(backend.isSessionRunning()).toBe(false);
  });

  it('keeps backups beside the data folder, outside what is synced', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'data');
    const { backend } = backendWith(new ManualClock(T0), dataDir);
    await backend.handle('session.start', { planId: 'default-60' });
    expect(await backend.handle('data.backup.now', {})).toMatchObject({ ok: true });
    expect(readdirSync(root).sort()).toEqual(['backups', 'data']);
  });

  it('once closed, wakes for nothing: no cue, no daily backup', async () => {
    const clock = new ManualClock(T0);
    const { backend, pushes } = backendWith(clock);
    await backend.handle('session.start', { planId: 'default-60' });
    await backend.idle();
    backend.close();
    expect(clock.pendingTimers()).toEqual([]);
    const before = pushes.length;
    clock.advance(24 * 60 * MIN);
    expect(pushes).toHaveLength(before);
  });

  it('pushes the session on every change and the cue at its instant, with a notification', async () => {
    const clock = new ManualClock(T0);
    const { backend, pushes, notes } = backendWith(clock);
    await backend.handle('session.start', { planId: 'default-60' });
    // The answer goes first; the windows hear of the change right after it.
    expect(pushes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(pushes.map((push) => push.channel)).toEqual(['session.changed']);
    clock.advance(5 * MIN);
    expect(pushes.at(-1)).toMatchObject({ channel: 'cue.due', payload: { phaseName: 'Arrival & intake' } });
    expect(notes).toEqual(['Arrival & intake is done. Next: Consultation & assessment, 5 minutes.']);
    expect(backend.isSessionRunning()).toBe(true);
  });

  it('picks the running session back up after a restart and keeps its cues', async () => {
    const clock = new ManualClock(T0);
    const dataDir = tempDir();
    const first = backendWith(clock, dataDir);
    await first.backend.handle('session.start', { planId: 'default-60' });
    first.backend.close();
    const second = backendWith(clock, dataDir);
    clock.advance(5 * MIN);
    expect(second.pushes.map((push) => push.channel)).toEqual(['cue.due']);
  });
});

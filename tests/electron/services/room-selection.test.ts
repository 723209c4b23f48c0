import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SELECTION_SETTLE_MS } from '../../../electron/services/room-selection';
import { careBackend } from '../../helpers/backend';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const calves = { region: 'calves', technique: 'friction', level: 7 } as const;

describe("the room's pressure selection", () => {
  it('survives a restart of the back end, for the session it was chosen in', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const first = careBackend(dataDir, clock);
    const session = await first.call('session.start', { planId: 'default-60' });
    expect(await first.call('room.selection.get', { sessionId: session.id })).toBeNull();
    await first.call('room.selection.set', { sessionId: session.id, selection: calves });
    first.backend.close();

    const restarted = careBackend(dataDir, clock);
    expect(await restarted.call('room.selection.get', { sessionId: session.id })).toEqual(calves);
    restarted.backend.close();
  });

  it('writes no file before answering a change (a pressure entry may be waiting behind it); the choice is on disk once the keys settle', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const api = careBackend(dataDir, clock);
    const session = await api.call('session.start', { planId: 'default-60' });
    const file = path.join(dataDir, 'room-selection.json');
    await api.call('room.selection.set', { sessionId: session.id, selection: calves });
    await api.call('room.selection.set', { sessionId: session.id, selection: { ...calves, level: 8 } });
    expect(existsSync(file)).toBe(false);
    expect(await api.call('room.selection.get', { sessionId: session.id })).toEqual({ ...calves, level: 8 });

    clock.advance(SELECTION_SETTLE_MS);
    expect(existsSync(file)).toBe(true);
    api.backend.close();
    const restarted = careBackend(dataDir, clock);
    expect(await restarted.call('room.selection.get', { sessionId: session.id })).toEqual({ ...calves, level: 8 });
    restarted.backend.close();
  });

  it('a new session starts from the usual first selection, not the last one', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const api = careBackend(dataDir, clock);
    const first = await api.call('session.start', { planId: 'default-60' });
    await api.call('room.selection.set', { sessionId: first.id, selection: calves });
    await api.call('session.command', { sessionId: first.id, command: { type: 'finish' } });
    clock.advance(MIN);
    const second = await api.call('session.start', { planId: 'default-60' });
    expect(await api.call('room.selection.get', { sessionId: second.id })).toBeNull();
    api.backend.close();
  });

  it('refuses a session that does not exist and a pressure out of range, in plain words', async () => {
    const api = careBackend(tempDir(), new ManualClock(T0));
    expect((await api.fail('room.selection.set', { sessionId: 's-none', selection: calves })).message).toBe('There is no session s-none.');
    const session = await api.call('session.start', { planId: 'default-60' });
    const error = await api.fail('room.selection.set', { sessionId: session.id, selection: { ...calves, level: 11 } });
    expect(error.message).toContain('Pressure is at most 10.');
    expect(await api.call('room.selection.get', { sessionId: session.id })).toBeNull();
    api.backend.close();
  });
});

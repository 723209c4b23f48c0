import { describe, expect, it } from 'vitest';
import { firstLoad } from '../../../renderer/bridge/start-answer';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { fakeBridge } from '../fake-bridge';

const appSettings = { welcomeSeen: true, defaultPlanId: null, cueSound: 'mixed', showWelcome: false } as const;
const data = { damaged: [], disk: { pending: [] } };

describe('the first screen loads from one answer', () => {
  it('asks app.start once for every part shown at load, and each part own channel after that', async () => {
    const fake = fakeBridge({
      'app.start': () => ({ app: appSettings, room: defaultRoomSettings, session: null, plans: [], data }) as never,
      'settings.get': () => ({ ...defaultRoomSettings, volume: 0.25 }),
    });
    const [app, room, session] = await Promise.all([
      firstLoad(fake.bridge, 'app', () => Promise.reject(new Error('not at load'))),
      firstLoad(fake.bridge, 'room', () => fake.bridge.invoke('settings.get', {})),
      firstLoad(fake.bridge, 'session', () => Promise.reject(new Error('not at load'))),
    ]);
    expect(app).toEqual(appSettings);
    expect(room).toEqual(defaultRoomSettings);
    expect(session).toBeNull();
    expect(fake.callsTo('app.start')).toHaveLength(1);
    expect(fake.callsTo('settings.get')).toHaveLength(0);
    // Once the answer is in, nothing is served from it again: a screen opened later asks for fresh data.
    expect(await firstLoad(fake.bridge, 'room', () => fake.bridge.invoke('settings.get', {}))).toMatchObject({ volume: 0.25 });
    expect(fake.callsTo('app.start')).toHaveLength(1);
  });

  it('falls back to each part own channel when the back end cannot answer app.start', async () => {
    const fake = fakeBridge({ 'settings.get': () => defaultRoomSettings });
    expect(await firstLoad(fake.bridge, 'room', () => fake.bridge.invoke('settings.get', {}))).toEqual(defaultRoomSettings);
    expect(fake.callsTo('settings.get')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { askForStart, firstLoad } from '../../../renderer/bridge/start-answer';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { deferred, fakeBridge } from '../fake-bridge';

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

  it('asked as the page starts, before any screen: the screens built later still take their data from it', async () => {
    const fake = fakeBridge({ 'app.start': () => ({ app: appSettings, room: defaultRoomSettings, session: null, plans: [], data }) as never });
    await askForStart(fake.bridge).answer;
    expect(await firstLoad(fake.bridge, 'room', () => Promise.reject(new Error('asked again')))).toEqual(defaultRoomSettings);
    expect(fake.callsTo('app.start')).toHaveLength(1);
  });

  it('after a push that changes a part, the parts not yet shown are asked for afresh', async () => {
    const answer = deferred<never>();
    const fake = fakeBridge({
      'app.start': () => answer.promise,
      'settings.get': () => ({ ...defaultRoomSettings, volume: 0.25 }),
    });
    askForStart(fake.bridge);
    fake.push('settings.changed', { ...defaultRoomSettings, volume: 0.25 });
    answer.resolve({ app: appSettings, room: defaultRoomSettings, session: null, plans: [], data } as never);
    expect(await firstLoad(fake.bridge, 'room', () => fake.bridge.invoke('settings.get', {}))).toMatchObject({ volume: 0.25 });
  });
});

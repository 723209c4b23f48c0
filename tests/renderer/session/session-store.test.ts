import { describe, expect, it, vi } from 'vitest';
import { defaultPlan60 } from '../../../shared/plans/defaults';
import type { Session } from '../../../shared/session/session';
import { createSessionStore } from '../../../renderer/session/session-store';
import { deferred, fakeBridge } from '../fake-bridge';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
const at = (revision: number, extra: Partial<Session> = {}): Session => ({
  id: 's-1',
  plan: defaultPlan60,
  createdAt: T0,
  events: [{ type: 'start', at: T0 }],
  revision,
  ...extra,
});

describe("the window's session store", () => {
  it('a late answer holding an older copy never overwrites a newer push', async () => {
    const current = deferred<Session | null>();
    const fake = fakeBridge({ 'session.current': () => current.promise });
    const store = createSessionStore(fake.bridge);
    store.connect();
    fake.push('session.changed', { session: at(3) });
    current.resolve(at(2));
    await current.promise;
    await Promise.resolve();
    expect(store.getSnapshot().session?.revision).toBe(3);
    store.receive(at(1));
    expect(store.getSnapshot().session?.revision).toBe(3);
    store.receive(at(4));
    expect(store.getSnapshot().session?.revision).toBe(4);
  });

  it('an answer with no session does not hide one a push already brought', async () => {
    const fake = fakeBridge({ 'session.current': () => null });
    const store = createSessionStore(fake.bridge);
    fake.push('session.changed', { session: at(1) });
    store.connect();
    fake.push('session.changed', { session: at(1) });
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getSnapshot()).toMatchObject({ loaded: true, session: { id: 's-1' } });
  });

  it('tells its listeners only when it takes a newer copy', () => {
    const fake = fakeBridge({ 'session.current': () => new Promise(() => undefined) });
    const store = createSessionStore(fake.bridge);
    let told = 0;
    store.subscribe(() => (told += 1));
    store.connect();
    fake.push('session.changed', { session: at(2) });
    fake.push('session.changed', { session: at(2) });
    fake.push('session.changed', { session: at(1) });
    expect(told).toBe(1);
  });

  it('says why the current session could not be read', async () => {
    const fake = fakeBridge({ 'session.current': () => Promise.reject(new Error('The session file could not be read.')) });
    const store = createSessionStore(fake.bridge);
    store.connect();
    await vi.waitFor(() => expect(store.getSnapshot()).toMatchObject({ loaded: true, error: 'The session file could not be read.', session: null }));
  });
});

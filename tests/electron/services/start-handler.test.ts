import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/services/backend';
import { ManualClock } from '../../helpers/manual-clock';
import { T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('app.start: the first screen in one answer', () => {
  it('answers each part exactly as its own channel does, with the running session once one starts', async () => {
    const backend = createBackend({ dataDir: tempDir(), clock: new ManualClock(T0), push: () => undefined, notify: () => undefined });
    const value = async (channel: string) => {
      const answer = await backend.handle(channel, {});
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value;
    };
    const before = (await value('app.start')) as Record<string, unknown>;
    expect(before).toEqual({
      app: await value('app.settings.get'),
      room: await value('settings.get'),
      session: null,
      plans: await value('plans.list'),
      data: await value('data.status'),
    });
    expect((before.plans as unknown[]).length).toBeGreaterThan(0);
    await backend.handle('session.start', { planId: 'default-60' });
    const during = (await value('app.start')) as Record<string, unknown>;
    expect(during.session).toEqual(await value('session.current'));
    expect(during.session).not.toBeNull();
    backend.close();
  });
});

import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../helpers/manual-clock';
import { useTempDirs } from '../../helpers/temp-dir';
import { createBackend } from '../../../electron/services/backend';
import path from 'node:path';

const tempDir = useTempDirs();

function backend(dataDir = path.join(tempDir(), 'data')) {
  const made = createBackend({ dataDir, clock: new ManualClock(Date.UTC(2026, 2, 2, 9)), push: () => undefined, notify: () => undefined });
  return {
    dataDir,
    close: () => made.close(),
    async call(channel: string, payload: unknown = {}): Promise<any> {
      return made.handle(channel, payload);
    },
  };
}

const answers = {
  clinicName: 'Harbour Street Massage',
  clinicContact: '12 Harbour Street · 555 0100',
  therapistName: 'Ana Ruiz',
  defaultPlanId: 'default-90',
  cueSound: 'bowl',
};

describe('the first-run welcome', () => {
  it('is offered on the first start of an empty data folder', async () => {
    const app = backend();
    expect((await app.call('app.settings.get')).value).toEqual({ welcomeSeen: false, defaultPlanId: null, cueSound: 'mixed', showWelcome: true, formatLocale: null });
    app.close();
  });

  it('once skipped, is never offered again, even after a restart', async () => {
    const first = backend();
    expect((await first.call('app.welcome.skip')).value.showWelcome).toBe(false);
    first.close();
    const again = backend(first.dataDir);
    expect((await again.call('app.settings.get')).value).toMatchObject({ welcomeSeen: true, showWelcome: false });
    again.close();
  });

  it('is not offered for a data folder that already holds sessions (an upgrade or a restore)', async () => {
    const app = backend();
    await app.call('session.start', { planId: 'default-60' });
    expect((await app.call('app.settings.get')).value.showWelcome).toBe(false);
    app.close();
  });

  it('saves the clinic header for handouts, the default plan and the cue sound', async () => {
    const app = backend();
    const saved = await app.call('app.welcome.finish', answers);
    expect(saved.value).toEqual({ welcomeSeen: true, defaultPlanId: 'default-90', cueSound: 'bowl', showWelcome: false, formatLocale: null });
    const handout = await app.call('handout.settings.get');
    expect(handout.value.clinic).toEqual({ name: 'Harbour Street Massage', contact: '12 Harbour Street · 555 0100', therapist: 'Ana Ruiz' });
    const plans = (await app.call('plans.list')).value as { phases: { cue?: { timbre: string } }[] }[];
    const sounds = new Set(plans.flatMap((plan) => plan.phases.map((phase) => phase.cue?.timbre)));
    expect([...sounds]).toEqual(['bowl']);
    app.close();
  });

  it('keeps each plan’s own mix of sounds when asked to, and leaves a logo alone', async () => {
    const app = backend();
    const before = (await app.call('plans.list')).value;
    const logo = (await app.call('handout.settings.get')).value;
    await app.call('handout.settings.save', { ...logo, clinic: { name: 'Old name', contact: 'Old contact' } });
    await app.call('app.welcome.finish', { ...answers, cueSound: 'mixed', clinicContact: '' });
    expect((await app.call('plans.list')).value).toEqual(before);
    expect((await app.call('handout.settings.get')).value.clinic).toEqual({ name: 'Harbour Street Massage', therapist: 'Ana Ruiz' });
    app.close();
  });

  it('seen again with the same sound, leaves sounds changed since under Plans alone', async () => {
    const app = backend();
    await app.call('app.welcome.finish', answers);
    const [plan] = (await app.call('plans.list')).value;
    plan.phases[0].cue = { timbre: 'wood', volume: 0.5 };
    await app.call('plans.save', { plan });
    await app.call('app.welcome.finish', answers);
    expect((await app.call('plans.list')).value[0].phases[0].cue).toEqual({ timbre: 'wood', volume: 0.5 });
    app.close();
  });

  it('refuses a plan that does not exist, a sound that is not offered or an overlong name, and changes nothing', async () => {
    const app = backend();
    const refused = [
      await app.call('app.welcome.finish', { ...answers, defaultPlanId: 'no-such-plan' }),
      await app.call('app.welcome.finish', { ...answers, cueSound: 'airhorn' }),
      await app.call('app.welcome.finish', { ...answers, clinicName: 'x'.repeat(201) }),
      await app.call('app.welcome.finish', { ...answers, extra: true }),
    ];
    expect(refused.map((answer) => answer.error?.code)).toEqual(['not-found', 'invalid-request', 'invalid-request', 'invalid-request']);
    expect((await app.call('app.settings.get')).value.showWelcome).toBe(true);
    expect((await app.call('handout.settings.get')).value.clinic).toEqual({});
    app.close();
  });
});

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppSettingsService, withEndCueTimbre } from '../../../electron/services/app-settings';
import { ClientsService } from '../../../electron/services/clients';
import { HandoutsService } from '../../../electron/services/handouts';
import { PlansService } from '../../../electron/services/plans';
import { perRoomRecords } from '../../../electron/services/record-kinds';
import { SessionsService } from '../../../electron/services/sessions';
import { createStorage } from '../../../electron/services/storage';
import { someClient } from '../../helpers/backend';
import { ManualClock } from '../../helpers/manual-clock';
import { planOf, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const answers = { clinicName: 'Harbour Street Massage', clinicContact: '', therapistName: 'Ana Ruiz', defaultPlanId: 'default-60', cueSound: 'bowl' } as const;

function app(formatLocale?: string, dataDir = tempDir()) {
  const storage = createStorage(dataDir);
  const clock = new ManualClock(T0);
  const plans = new PlansService({ storage });
  const sessions = new SessionsService({ storage, clock, newId: () => 's-1' });
  const handouts = new HandoutsService({ storage, sessions, clock });
  const settings = new AppSettingsService({ storage, plans, handouts, formatLocale });
  return { dataDir, storage, clock, plans, handouts, settings };
}

describe('the regional format the window formats times with', () => {
  it('is the system’s when it is a tag the window can use', () => {
    expect(app('en-GB').settings.get().formatLocale).toBe('en-GB');
  });

  it('is left to the window when the system’s tag is malformed or missing, so no clock breaks', () => {
    expect(app('not a locale!').settings.get().formatLocale).toBeNull();
    expect(app('').settings.get().formatLocale).toBeNull();
    expect(app().settings.get().formatLocale).toBeNull();
  });
});

describe('whether the welcome is offered', () => {
  it('not for a folder that already holds clients, even without a session', () => {
    const { storage, clock, settings } = app();
    new ClientsService({ storage, clock, newId: () => 'c-1' }).create(someClient);
    expect(settings.get()).toMatchObject({ welcomeSeen: false, showWelcome: false });
  });

  it('after skipping it, the other choices keep their defaults', () => {
    const { settings } = app();
    expect(settings.skip()).toMatchObject({ welcomeSeen: true, showWelcome: false, defaultPlanId: null, cueSound: 'mixed' });
  });
});

describe('finishing the welcome', () => {
  it('refuses a plan that does not exist, by its id, and changes nothing', () => {
    const { settings, handouts } = app();
    expect(() => settings.finish({ ...answers, defaultPlanId: 'no-such-plan' })).toThrow(
      expect.objectContaining({ code: 'not-found', message: 'There is no plan "no-such-plan".' }),
    );
    expect(settings.get().showWelcome).toBe(true);
    expect(handouts.settings().clinic).toEqual({});
  });

  it('keeps what else the clinic header holds, such as its language', () => {
    const { settings, handouts } = app();
    handouts.saveSettings({ clinic: { name: 'Old name', language: 'de' }, hiddenStretchIds: [], customStretches: [] });
    settings.finish(answers);
    expect(handouts.settings().clinic).toEqual({ name: 'Harbour Street Massage', therapist: 'Ana Ruiz', language: 'de' });
  });

  it('asked to keep each plan’s own mix of sounds, leaves every plan as it was, even after one sound was chosen before', () => {
    const { settings, plans } = app();
    const before = plans.list();
    expect(settings.finish({ ...answers, cueSound: 'mixed' })).toMatchObject({ welcomeSeen: true, cueSound: 'mixed' });
    expect(plans.list()).toEqual(before);
    settings.finish(answers);
    const withBowl = plans.list();
    expect(settings.finish({ ...answers, cueSound: 'mixed' })).toMatchObject({ cueSound: 'mixed' });
    expect(plans.list()).toEqual(withBowl);
  });

  it('is kept in this room only: its file is one of the records a clinic’s rooms never share', () => {
    const { settings, dataDir } = app();
    settings.skip();
    expect(readdirSync(dataDir).filter((name) => perRoomRecords.includes(name.replace(/\.json$/, '')))).toEqual(['app-settings.json']);
  });

  it('gives every phase end of every plan the chosen sound, each at its own volume', () => {
    const { settings, plans } = app();
    const [first] = plans.list();
    plans.save({ ...first!, phases: first!.phases.map((phase, index) => (index === 0 ? { ...phase, cue: { timbre: 'wood', volume: 0.3 } } : phase)) });
    settings.finish(answers);
    const phases = plans.list().flatMap((plan) => plan.phases);
    expect(new Set(phases.map((phase) => phase.cue?.timbre))).toEqual(new Set(['bowl']));
    expect(plans.get(first!.id).phases[0]?.cue).toEqual({ timbre: 'bowl', volume: 0.3 });
  });
});

describe('a plan given one end-of-phase sound', () => {
  it('keeps each phase’s volume, and gives a phase without a cue the usual one', () => {
    const plan = planOf(['Talk', 5, 2], ['Back work', 20, 10]);
    plan.phases[0]!.cue = { timbre: 'wood', volume: 0.3 };
    expect(withEndCueTimbre(plan, 'bell').phases.map((phase) => phase.cue)).toEqual([
      { timbre: 'bell', volume: 0.3 },
      { timbre: 'bell', volume: 0.8 },
    ]);
  });
});

import type { z } from 'zod';
import { appSettingsSchema, type welcomeAnswersSchema } from '../../shared/contract/app-channels';
import { notFound } from '../../shared/contract/errors';
import { defaultAppSettings, type AppSettings } from '../../shared/app/app-settings';
import type { Plan } from '../../shared/plans/plan';
import type { HandoutsService } from './handouts';
import type { PlansService } from './plans';
import type { RecordFile } from './record-store';
import type { Storage } from './storage';

export type WelcomeAnswers = z.output<typeof welcomeAnswersSchema>;
export type AppSettingsView = AppSettings & { showWelcome: boolean; formatLocale: string | null };

export interface AppSettingsDeps {
  storage: Storage;
  plans: Pick<PlansService, 'list' | 'find' | 'save'>;
  handouts: Pick<HandoutsService, 'settings' | 'saveSettings'>;
  /** The system's regional format ("en-GB"), when the host can tell it. */
  formatLocale?: string;
}

/** A locale tag the window can format with, or null (a malformed or unknown tag must not break every clock). */
function usableLocale(tag: string | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? null;
  } catch {
    return null;
  }
}

/** Gives every phase's end cue the chosen sound, keeping each cue's own volume. */
export function withEndCueTimbre(plan: Plan, timbre: Exclude<AppSettings['cueSound'], 'mixed'>): Plan {
  return { ...plan, phases: plan.phases.map((phase) => ({ ...phase, cue: { timbre, volume: phase.cue?.volume ?? 0.8 } })) };
}

/**
 * App-wide choices made in the welcome. The welcome is offered once, on the
 * first start of an empty data folder: a folder that already holds sessions
 * or clients (an upgrade, a restore, an import) is not a first run.
 */
export class AppSettingsService {
  private readonly file: RecordFile<AppSettings>;

  constructor(private readonly deps: AppSettingsDeps) {
    this.file = deps.storage.record('.', 'app-settings', appSettingsSchema);
  }

  get(): AppSettingsView {
    const settings = this.stored();
    const hasRecords = this.deps.storage.hasAny('sessions') || this.deps.storage.hasAny('clients');
    return { ...settings, showWelcome: !settings.welcomeSeen && !hasRecords, formatLocale: usableLocale(this.deps.formatLocale) };
  }

  skip(): AppSettingsView {
    this.file.write({ ...this.stored(), welcomeSeen: true });
    return this.get();
  }

  /** Checks everything first, so a refused answer changes nothing. */
  finish(answers: WelcomeAnswers): AppSettingsView {
    if (!this.deps.plans.find(answers.defaultPlanId)) throw notFound(`There is no plan "${answers.defaultPlanId}".`);
    const before = this.stored();
    const handoutSettings = this.deps.handouts.settings();
    const clinic = { ...handoutSettings.clinic };
    const fields = { name: answers.clinicName, contact: answers.clinicContact, therapist: answers.therapistName } as const;
    for (const [key, value] of Object.entries(fields) as [keyof typeof fields, string][]) {
      if (value) clinic[key] = value;
      else delete clinic[key];
    }
    this.deps.handouts.saveSettings({ ...handoutSettings, clinic });
    // Only a changed choice touches the plans, so seeing the welcome again never undoes per-phase sounds.
    const timbre = answers.cueSound;
    if (timbre !== 'mixed' && timbre !== before.cueSound) {
      for (const plan of this.deps.plans.list()) this.deps.plans.save(withEndCueTimbre(plan, timbre));
    }
    this.file.write({ welcomeSeen: true, defaultPlanId: answers.defaultPlanId, cueSound: answers.cueSound });
    return this.get();
  }

  private stored(): AppSettings {
    return this.file.read() ?? { ...defaultAppSettings };
  }
}

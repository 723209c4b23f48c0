import { timbres } from '../plans/plan';

/** 'mixed' keeps each plan's own sounds; a timbre gives every phase change that one sound. */
export const cueSoundChoices = ['mixed', ...timbres] as const;
export type CueSoundChoice = (typeof cueSoundChoices)[number];

/** What a desktop menu item asks the window to do; the window owns the screens it acts on. */
export const menuCommands = ['print', 'save-pdf', 'show-keys', 'open-guide'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export interface AppSettings {
  welcomeSeen: boolean;
  /** The plan the start panel offers first; null until chosen (then the first plan). */
  defaultPlanId: string | null;
  cueSound: CueSoundChoice;
}

export const defaultAppSettings: AppSettings = { welcomeSeen: false, defaultPlanId: null, cueSound: 'mixed' };

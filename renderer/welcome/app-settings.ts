import { createContext, useContext } from 'react';
import type { ResponseOf } from '../../shared/contract/channels';

export type AppSettingsView = ResponseOf<'app.settings.get'>;

export interface AppSettingsContextValue {
  settings: AppSettingsView | null;
  /** Opens the welcome again (Settings: "Show the welcome again"). */
  showWelcome(): void;
}

export const AppSettingsContext = createContext<AppSettingsContextValue>({ settings: null, showWelcome: () => undefined });

/** The app-wide choices from the welcome; null settings until loaded, and in the mini window. */
export function useAppSettings(): AppSettingsContextValue {
  return useContext(AppSettingsContext);
}

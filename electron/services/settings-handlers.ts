import type { settingsInvoke } from '../../shared/contract/settings-channels';
import type { Handlers } from './handlers';
import type { RoomSettingsService } from './room-settings';

/** Opens or closes the compact always-on-top window; absent where there is none (browser mode). */
export type MiniWindowControl = (open: boolean) => boolean;

export function settingsHandlers(
  settings: RoomSettingsService,
  miniWindow: MiniWindowControl | undefined,
): Handlers<keyof typeof settingsInvoke> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (changes) => settings.update(changes),
    'room.miniWindow': ({ open }) => (miniWindow ? { supported: true, open: miniWindow(open) } : { supported: false, open: false }),
  };
}

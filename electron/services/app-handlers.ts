import type { appInvoke } from '../../shared/contract/app-channels';
import type { AppSettingsService } from './app-settings';
import type { Handlers } from './handlers';

export function appHandlers(settings: AppSettingsService): Handlers<keyof typeof appInvoke> {
  return {
    'app.settings.get': () => settings.get(),
    'app.welcome.finish': (answers) => settings.finish(answers),
    'app.welcome.skip': () => settings.skip(),
  };
}

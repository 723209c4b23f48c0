import type { InvokeChannel } from '../../shared/contract/channels';
import type { startInvoke } from '../../shared/contract/start-channels';
import type { Handlers } from './handlers';

type StartChannel = keyof typeof startInvoke;

/** The first screen's data in one answer, built from the same handlers that answer each part on its own. */
export function startHandler(handlers: Handlers<Exclude<InvokeChannel, StartChannel>>): Handlers<StartChannel> {
  return {
    'app.start': async () => {
      const [app, room, session, plans, data] = await Promise.all([
        handlers['app.settings.get']({}),
        handlers['settings.get']({}),
        handlers['session.current']({}),
        handlers['plans.list']({}),
        handlers['data.status']({}),
      ]);
      return { app, room, session, plans, data };
    },
  };
}

import type { sessionInvoke } from '../../shared/contract/session-channels';
import { notFound } from '../../shared/contract/errors';
import { carriedScreening } from '../../shared/screening/carried';
import type { ClientSessions } from './client-sessions';
import type { ClientsService } from './clients';
import type { Handlers } from './handlers';
import type { SessionsService } from './sessions';

export function sessionHandlers(sessions: SessionsService, clients: ClientsService, clientSessions: ClientSessions): Handlers<keyof typeof sessionInvoke> {
  return {
    'session.start': async ({ planId, clientId }) => {
      await clients.ready();
      if (clientId !== undefined && !clients.exists(clientId)) throw notFound(`There is no client ${clientId}.`);
      return sessions.start(planId, clientId, clientId ? carriedScreening(await clientSessions.lastScreened(clientId)) : null);
    },
    'session.command': ({ sessionId, command }) => sessions.command(sessionId, command),
    'session.current': () => sessions.current(),
  };
}

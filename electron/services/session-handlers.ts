import type { sessionInvoke } from '../../shared/contract/session-channels';
import type { Handlers } from './handlers';
import type { SessionsService } from './sessions';

export function sessionHandlers(sessions: SessionsService): Handlers<keyof typeof sessionInvoke> {
  return {
    'session.start': ({ planId }) => sessions.start(planId),
    'session.command': ({ sessionId, command }) => sessions.command(sessionId, command),
    'session.current': () => sessions.current(),
  };
}

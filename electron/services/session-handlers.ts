import type { sessionInvoke } from '../../shared/contract/session-channels';
import { defaultPlans } from '../../shared/plans/defaults';
import type { Handlers } from './handlers';
import type { SessionsService } from './sessions';

export function sessionHandlers(sessions: SessionsService): Handlers<keyof typeof sessionInvoke> {
  return {
    'plans.list': () => structuredClone([...defaultPlans]),
    'session.start': ({ planId }) => sessions.start(planId),
    'session.command': ({ sessionId, command }) => sessions.command(sessionId, command),
    'session.current': () => sessions.current(),
  };
}

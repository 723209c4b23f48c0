import { useCallback, useEffect, useState } from 'react';
import type { PushOf } from '../../shared/contract/channels';
import type { Plan } from '../../shared/plans/plan';
import type { SessionCommand } from '../../shared/session/events';
import type { Session } from '../../shared/session/session';
import { bridge } from '../bridge/bridge';

export interface SessionControls {
  session: Session | null;
  plans: Plan[];
  loaded: boolean;
  error: string | null;
  clearError(): void;
  start(planId: string, clientId?: string): Promise<void>;
  command(command: SessionCommand): Promise<void>;
}

/** The current session as the back end holds it, kept fresh by its pushes. */
export function useSession(): SessionControls {
  const [session, setSession] = useState<Session | null>(null);
  const [plans, setPlans] = useState<Plan[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const unsubscribe = bridge.subscribe('session.changed', (payload: PushOf<'session.changed'>) => {
      setSession(payload.session);
    });
    Promise.all([bridge.invoke('session.current', {}), bridge.invoke('plans.list', {})])
      .then(([current, available]) => {
        setSession(current);
        setPlans(available);
      })
      .catch((reason: unknown) => setError((reason as Error).message))
      .finally(() => setLoaded(true));
    return unsubscribe;
  }, []);

  const run = useCallback(async (action: () => Promise<Session>) => {
    try {
      setSession(await action());
      setError(null);
    } catch (reason) {
      setError((reason as Error).message);
    }
  }, []);

  const start = useCallback(
    (planId: string, clientId?: string) => run(() => bridge.invoke('session.start', clientId ? { planId, clientId } : { planId })),
    [run],
  );
  const command = useCallback(
    async (next: SessionCommand) => {
      if (!session) return;
      await run(() => bridge.invoke('session.command', { sessionId: session.id, command: next }));
    },
    [run, session],
  );

  return { session, plans, loaded, error, clearError: () => setError(null), start, command };
}

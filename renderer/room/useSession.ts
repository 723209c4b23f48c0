import { useCallback, useEffect, useState } from 'react';
import type { Plan } from '../../shared/plans/plan';
import type { SessionCommand } from '../../shared/session/events';
import type { Session } from '../../shared/session/session';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf } from '../bridge/errors';
import { useCurrentSession, useSessionStore } from '../session/SessionStoreProvider';
import { firstLoad, startedPart } from '../bridge/start-answer';

export interface SessionControls {
  session: Session | null;
  plans: Plan[];
  loaded: boolean;
  error: string | null;
  clearError(): void;
  start(planId: string, clientId?: string): Promise<void>;
  command(command: SessionCommand): Promise<void>;
}

/** The room's session (from the window's one session store), its plans, and the commands that move it. */
export function useSession(): SessionControls {
  const bridge = useBridge();
  const store = useSessionStore();
  const current = useCurrentSession();
  const [plans, setPlans] = useState<Plan[] | null>(() => startedPart(bridge, 'plans') ?? null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    firstLoad(bridge, 'plans', () => bridge.invoke('plans.list', {}))
      .then((available) => live && setPlans(available))
      .catch((reason: unknown) => {
        if (!live) return;
        setPlans([]);
        setError(messageOf(reason));
      });
    return () => {
      live = false;
    };
  }, [bridge]);

  const run = useCallback(
    async (action: () => Promise<Session>) => {
      try {
        store.receive(await action());
        setError(null);
      } catch (reason) {
        setError(messageOf(reason));
      }
    },
    [store],
  );

  const start = useCallback(
    (planId: string, clientId?: string) => run(() => bridge.invoke('session.start', clientId ? { planId, clientId } : { planId })),
    [bridge, run],
  );
  const sessionId = current.session?.id;
  const command = useCallback(
    async (next: SessionCommand) => {
      if (!sessionId) return;
      await run(() => bridge.invoke('session.command', { sessionId, command: next }));
    },
    [bridge, run, sessionId],
  );

  return {
    session: current.session,
    plans: plans ?? [],
    loaded: current.loaded && plans !== null,
    error: error ?? current.error,
    clearError: () => setError(null),
    start,
    command,
  };
}

import { useEffect, useState } from 'react';
import { MEMORY_VISITS } from '../../shared/pressure/memory';
import type { HistoryEntry } from '../../shared/record/history';
import type { Session } from '../../shared/session/session';
import { useBridge } from '../bridge/BridgeContext';

const noSessions: Session[] = [];

/**
 * The earlier visits the room screen remembers, in full: the last few that logged
 * pressure and the last with an intake. Only those are fetched, not the whole history.
 */
export function usePastSessions(clientId: string | undefined, sessions: readonly HistoryEntry[], current: { id: string; createdAt: number }): Session[] {
  const bridge = useBridge();
  const [past, setPast] = useState<Session[]>([]);
  const earlier = sessions.filter((each) => each.sessionId !== current.id && each.at <= current.createdAt);
  const wanted = [
    ...new Set([
      ...earlier.filter((each) => each.regions.length > 0).slice(-MEMORY_VISITS),
      ...earlier.filter((each) => each.hasIntake).slice(-1),
    ]),
  ]
    .sort((a, b) => a.at - b.at)
    .map((each) => each.sessionId);
  const key = wanted.join(' ');

  useEffect(() => {
    if (!clientId || key === '') return undefined;
    let live = true;
    Promise.all(key.split(' ').map((sessionId) => bridge.invoke('clients.session', { clientId, sessionId })))
      .then((found) => {
        if (live) setPast(found);
      })
      .catch(() => {
        if (live) setPast([]);
      });
    return () => {
      live = false;
    };
  }, [bridge, clientId, key]);

  return clientId && key !== '' ? past : noSessions;
}

import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../shared/clients/client';
import type { HistoryEntry } from '../../shared/record/history';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf } from '../bridge/errors';
import { useCoalesced } from '../sync/useCoalesced';
import { useRecordChanges } from '../sync/useRecordChanges';

const noSessions: HistoryEntry[] = [];

/** A client and a summary of every session they had, oldest first. */
export function useClientHistory(clientId: string | undefined) {
  const bridge = useBridge();
  // Kept with the client it is about: another client's answer, early or late, is never shown for this one.
  const [history, setHistory] = useState<{ clientId: string; client: Client; sessions: HistoryEntry[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    if (!clientId) return;
    try {
      const answer = await bridge.invoke('clients.history', { clientId });
      setHistory({ clientId, client: answer.client, sessions: answer.sessions });
      setError(null);
    } catch (reason) {
      setError(messageOf(reason));
    }
  }, [bridge, clientId]);

  useEffect(() => {
    if (!clientId) return undefined;
    let live = true;
    bridge.invoke('clients.history', { clientId }).then(
      (answer) => {
        if (!live) return;
        setHistory({ clientId, client: answer.client, sessions: answer.sessions });
        setError(null);
      },
      (reason: unknown) => live && setError(messageOf(reason)),
    );
    return () => {
      live = false;
    };
  }, [bridge, clientId]);

  // A session finished in another room, or the client edited there, shows here without a reload.
  const reloadSoon = useCoalesced(reload);
  useRecordChanges(['session', 'client'], (change) => {
    if (change.kind === 'session' || change.id === clientId) reloadSoon();
  });

  const replaceEntry = useCallback((entry: HistoryEntry) => {
    setHistory((current) => current && { ...current, sessions: current.sessions.map((each) => (each.sessionId === entry.sessionId ? entry : each)) });
  }, []);

  const shown = history?.clientId === clientId ? history : null;
  return { client: shown?.client ?? null, sessions: shown?.sessions ?? noSessions, error, reload, replaceEntry };
}

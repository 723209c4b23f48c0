import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../shared/clients/client';
import type { HistoryEntry } from '../../shared/record/history';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf } from '../bridge/errors';
import { useRecordChanges } from '../sync/useRecordChanges';

/** A client and a summary of every session they had, oldest first. */
export function useClientHistory(clientId: string | undefined) {
  const bridge = useBridge();
  const [client, setClient] = useState<Client | null>(null);
  const [sessions, setSessions] = useState<HistoryEntry[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    if (!clientId) return;
    try {
      const history = await bridge.invoke('clients.history', { clientId });
      setClient(history.client);
      setSessions(history.sessions);
      setError(null);
    } catch (reason) {
      setError(messageOf(reason));
    }
  }, [bridge, clientId]);

  useEffect(() => {
    setClient(null);
    setSessions([]);
    void reload();
  }, [reload]);

  // A session finished in another room, or the client edited there, shows here without a reload.
  useRecordChanges(['session', 'client'], (change) => {
    if (change.kind === 'session' || change.id === clientId) void reload();
  });

  const replaceEntry = useCallback((entry: HistoryEntry) => {
    setSessions((current) => current.map((each) => (each.sessionId === entry.sessionId ? entry : each)));
  }, []);

  return { client, sessions, error, reload, replaceEntry };
}

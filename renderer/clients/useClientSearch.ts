import { useEffect, useState } from 'react';
import type { ClientListing } from '../../shared/clients/client';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf } from '../bridge/errors';
import { useChangeCount } from '../sync/useRecordChanges';

/** Search as you type, and again when clients arrive from other rooms; a slower earlier answer never replaces a newer one. */
export function useClientSearch(query: string, includeArchived = false, refresh = 0) {
  const bridge = useBridge();
  const arrived = useChangeCount(['client']);
  const [results, setResults] = useState<ClientListing[]>([]);
  const [total, setTotal] = useState(0);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  // The search the results answer: until the newest one is answered, they belong to an earlier text.
  const [answered, setAnswered] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    bridge
      .invoke('clients.search', { query: query.slice(0, 120), includeArchived })
      .then((answer) => {
        if (!current) return;
        setResults(answer.clients);
        setAnswered(query);
        setTotal(answer.total);
        setUnreadable(answer.unreadable);
        setError(null);
      })
      .catch((reason: unknown) => current && setError(messageOf(reason)));
    return () => {
      current = false;
    };
  }, [bridge, query, includeArchived, refresh, arrived]);
  return { results, total, unreadable, error, answered };
}

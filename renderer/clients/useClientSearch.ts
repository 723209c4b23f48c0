import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientListing } from '../../shared/clients/client';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf } from '../bridge/errors';
import { useCoalesced } from '../sync/useCoalesced';
import { useRecordChanges } from '../sync/useRecordChanges';

/** Search as you type, and again when clients arrive from other rooms; a slower earlier answer never replaces a newer one. */
export function useClientSearch(query: string, includeArchived = false, refresh = 0) {
  const bridge = useBridge();
  const [results, setResults] = useState<ClientListing[]>([]);
  const [found, setFound] = useState(0);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  // The search the results answer: until the newest one is answered, they belong to an earlier text.
  const [answered, setAnswered] = useState<string | null>(null);
  const asked = useRef(0);
  const search = useCallback(() => {
    const asking = ++asked.current;
    return bridge.invoke('clients.search', { query: query.slice(0, 120), includeArchived }).then(
      (answer) => {
        if (asking !== asked.current) return;
        setResults(answer.clients);
        setAnswered(query);
        setFound(answer.found);
        setUnreadable(answer.unreadable);
        setError(null);
      },
      (reason: unknown) => {
        if (asking === asked.current) setError(messageOf(reason));
      },
    );
  }, [bridge, query, includeArchived]);
  useEffect(() => {
    void search();
  }, [search, refresh]);
  // Thousands of clients copied in at once ask for a few searches, not one each.
  const searchSoon = useCoalesced(search);
  useRecordChanges(['client'], searchSoon);
  return { results, found, unreadable, error, answered };
}

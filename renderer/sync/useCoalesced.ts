import { useCallback, useEffect, useRef } from 'react';

/**
 * Runs `run` when called, but never twice at once: calls made while it runs
 * ask for one more run after it, however many there were. A sync engine or a
 * restore can announce thousands of records in seconds; a screen that fetched
 * once per announcement sent thousands of requests, each answered too late.
 */
export function useCoalesced(run: () => Promise<void>): () => void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  const state = useRef({ running: false, again: false });
  return useCallback(() => {
    const current = state.current;
    if (current.running) {
      current.again = true;
      return;
    }
    current.running = true;
    void (async () => {
      do {
        current.again = false;
        await latest.current().catch(() => undefined);
      } while (current.again);
      current.running = false;
    })();
  }, []);
}

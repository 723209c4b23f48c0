import type { RawBridge } from '../../shared/contract/channels';

/**
 * Browser mode: the contract's channels over HTTP on 127.0.0.1, pushes over
 * server-sent events. The per-run token arrives in the address and is kept in
 * an HttpOnly cookie by the server, so nothing here needs to hold it.
 */
export function createHttpBridge(base: string = location.origin): RawBridge {
  let events: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  function ensureEvents(): EventSource {
    if (events) return events;
    events = new EventSource(`${base}/api/events`);
    return events;
  }

  return {
    async invoke(channel, request) {
      const response = await fetch(`${base}/api/invoke/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
        credentials: 'same-origin',
      });
      if (response.status === 401 || response.status === 403) {
        return { ok: false, error: { code: 'refused', message: await response.text() } };
      }
      return response.json();
    },
    subscribe(channel, listener) {
      const source = ensureEvents();
      let set = listeners.get(channel);
      if (!set) {
        const created = new Set<(payload: unknown) => void>();
        listeners.set(channel, created);
        source.addEventListener(channel, (event) => {
          const payload: unknown = JSON.parse((event as MessageEvent<string>).data);
          for (const each of created) each(payload);
        });
        set = created;
      }
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

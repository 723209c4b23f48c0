import type { RawBridge } from '../../shared/contract/channels';
import { openEventStream } from './event-stream';

const TOKEN_KEY = 'stillpoint-token';

/**
 * The per-run token arrives once in the address (`?token=`). It is kept in
 * this tab's sessionStorage (per tab and per port, unlike a cookie) and taken
 * out of the address, so it stays out of the history and off the screen; a
 * reload of the tab finds it again in sessionStorage.
 */
export function takeToken(place: Pick<Location, 'href'>, history: Pick<History, 'replaceState' | 'state'>, storage: Pick<Storage, 'getItem' | 'setItem'>): string | null {
  const url = new URL(place.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress) {
    storage.setItem(TOKEN_KEY, fromAddress);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return storage.getItem(TOKEN_KEY);
}

/**
 * Browser mode: the contract's channels over HTTP on 127.0.0.1, pushes over
 * server-sent events read with fetch (EventSource cannot send the token).
 */
export function createHttpBridge(base: string = location.origin, token: string | null = takeToken(location, history, sessionStorage)): RawBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const authorization: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  let streaming = false;

  function ensureEvents(): void {
    if (streaming) return;
    streaming = true;
    openEventStream(`${base}/api/events`, authorization, (event, data) => {
      const payload: unknown = JSON.parse(data);
      for (const each of listeners.get(event) ?? []) each(payload);
    });
  }

  return {
    async invoke(channel, request) {
      const response = await fetch(`${base}/api/invoke/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...authorization },
        body: JSON.stringify(request),
        credentials: 'omit',
      });
      if (response.status === 401 || response.status === 403) {
        return { ok: false, error: { code: 'refused', message: await response.text() } };
      }
      return response.json();
    },
    subscribe(channel, listener) {
      ensureEvents();
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
      }
      const mine = set;
      mine.add(listener);
      return () => mine.delete(listener);
    },
  };
}

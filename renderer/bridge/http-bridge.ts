import type { RawBridge } from '../../shared/contract/channels';
import type { Envelope } from '../../shared/contract/errors';
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
 * The server turns some requests away before the back end sees them (no
 * token, too large, not JSON), in plain text written for the person; anything
 * else that is not an envelope is said plainly too, never as a parse error.
 */
function plainAnswer(response: Response, text: string): Envelope<never> {
  const ours = (response.headers.get('Content-Type') ?? '').startsWith('text/plain') && text.trim() !== '';
  if (ours && (response.status === 401 || response.status === 403)) return { ok: false, error: { code: 'refused', message: text } };
  if (ours && response.status >= 400 && response.status < 500) return { ok: false, error: { code: 'invalid-request', message: text } };
  return {
    ok: false,
    error: { code: 'internal', message: 'Stillpoint’s back end gave an answer this page cannot read. Reload the page; if it happens again, restart Stillpoint.' },
  };
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
      const text = await response.text();
      try {
        return JSON.parse(text);
      } catch {
        return plainAnswer(response, text);
      }
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

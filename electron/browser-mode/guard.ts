import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type GuardVerdict = { ok: true; url: URL } | { ok: false; status: 400 | 401 | 403; reason: string };

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The request's address, or null when it cannot be read (a raw client can send anything). */
function requestUrl(request: IncomingMessage): URL | null {
  try {
    return new URL(request.url ?? '/', 'http://127.0.0.1');
  } catch {
    return null;
  }
}

/** The contract and the push stream: everything that reads or changes records. */
export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/**
 * Checks Host and Origin on every request (so a DNS-rebinding page cannot
 * reach us), and the per-run token on every /api request. The token comes
 * only as a bearer header, which the page sends from its tab's
 * sessionStorage: never a cookie (cookies are shared by every port of
 * 127.0.0.1) and never the address (it would stay in the history). The page
 * itself is only the public renderer build, so it is served without the
 * token, and a reload in the same tab keeps working. A passed request comes
 * back with its address read.
 */
export function checkRequest(request: IncomingMessage, port: number, token: string): GuardVerdict {
  const hosts = allowedHosts(port);
  if (!hosts.includes(request.headers.host ?? '')) {
    return { ok: false, status: 403, reason: 'This address is only served to 127.0.0.1 and localhost.' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.some((host) => origin === `http://${host}`)) {
    return { ok: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  const url = requestUrl(request);
  if (!url) return { ok: false, status: 400, reason: 'That address cannot be read. Open Stillpoint with the address it printed when it started.' };
  if (!isApiPath(url.pathname)) return { ok: true, url };
  const bearer = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
  if (sameToken(bearer, token)) return { ok: true, url };
  return { ok: false, status: 401, reason: 'Open Stillpoint with the address it printed when it started (it holds the token).' };
}

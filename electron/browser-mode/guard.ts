import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'stillpoint-token';

export type GuardVerdict = { ok: true; tokenFromQuery: boolean } | { ok: false; status: 401 | 403; reason: string };

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
}

/**
 * Checks Host and Origin (so a DNS-rebinding page cannot reach us) and the
 * per-run token, which may come as a query, a bearer header or our cookie.
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
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const fromQuery = url.searchParams.get('token') ?? undefined;
  const bearer = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
  if (sameToken(fromQuery, token)) return { ok: true, tokenFromQuery: true };
  if (sameToken(bearer, token) || sameToken(cookieToken(request.headers.cookie), token)) {
    return { ok: true, tokenFromQuery: false };
  }
  return { ok: false, status: 401, reason: 'Open Stillpoint with the address it printed when it started (it holds the token).' };
}

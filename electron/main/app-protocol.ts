import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '../../shared/contract/csp';
import { APP_HOST, APP_SCHEME } from './trusted-sender';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/**
 * Serves the renderer build as app://stillpoint/..., refusing anything outside it.
 * electronegativity-ok: CSP_GLOBAL_CHECK the CSP is sent as a header on every app:// response (and in browser mode), not in a meta tag the scanner looks for.
 */
export async function respondFromDist(distDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
  const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
  const resolved = path.resolve(distDir, relative);
  if (!resolved.startsWith(path.resolve(distDir) + path.sep)) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(resolved);
    return new Response(body, {
      headers: {
        'Content-Type': contentTypes[path.extname(resolved)] ?? 'application/octet-stream',
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, distDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondFromDist(distDir, request.url));
}

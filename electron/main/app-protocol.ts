import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '../../shared/contract/csp';
import { readDistFile } from '../services/dist-files';
import { APP_HOST, APP_SCHEME } from './trusted-sender';

export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  // codeCache: from the second start on, the room's scripts run from V8's compiled cache instead of being compiled again.
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/**
 * Serves the renderer build as app://stillpoint/..., refusing anything outside it.
 * electronegativity-ok: CSP_GLOBAL_CHECK the CSP is sent as a header on every app:// response (and in browser mode), not in a meta tag the scanner looks for.
 */
export async function respondFromDist(distDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  const file = url.host === APP_HOST ? await readDistFile(distDir, url.pathname) : null;
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, distDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondFromDist(distDir, request.url));
}

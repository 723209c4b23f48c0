import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy } from '../../shared/contract/csp';
import { INTERNAL_FAULT, type Envelope } from '../../shared/contract/errors';
import { createBackend, type Backend, type Push } from '../services/backend';
import { systemClock, type Clock } from '../services/clock';
import { readDistFile } from '../services/dist-files';
import type { PdfPrinter } from '../services/handout-printer';
import { createChromiumPrinter } from './chromium-printer';
import { checkRequest, isApiPath } from './guard';
import { PushHub } from './push-hub';
import { readBody } from './request-body';

export const MAX_BODY_BYTES = 1024 * 1024;
/** One per open tab; past this a tab (or anything else holding the token) is refused, so streams cannot pile up. */
export const MAX_PUSH_STREAMS = 16;
/** An import carries the whole data folder, so it may be larger than any other request. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export interface BrowserModeOptions {
  dataDir: string;
  distDir: string;
  port?: number;
  clock?: Clock;
  token?: string;
  /** Headless Chromium's PDF printer unless a test supplies another. */
  printer?: PdfPrinter;
  /** Launch the printer's Chromium as browser mode starts (the app does), not when first needed. */
  printerReadyAtStart?: boolean;
  appVersion?: string;
  backupsDir?: string;
  quarantineDir?: string;
}

export interface BrowserMode {
  url: string;
  port: number;
  token: string;
  backend: Backend;
  /** Sends a push to every open page, as the desktop app's main process does for its menu. */
  push: Push;
  /** Settles when a page holding the token first reaches the back end: the browser has taken the address. */
  tokenUsed: Promise<void>;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...securityHeaders, ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

async function invoke(backend: Backend, channel: string, request: IncomingMessage, response: ServerResponse) {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendText(response, 415, 'Send JSON.');
  }
  const body = await readBody(request, channel === 'data.import' ? MAX_IMPORT_BYTES : MAX_BODY_BYTES);
  // The rest of the body is not read: the connection closes once the answer is out, so it cannot be kept open to send more.
  if (!body.ok) return sendText(response, 413, 'That request is too large.', { Connection: 'close' });
  let payload: unknown;
  try {
    payload = JSON.parse(body.text);
  } catch {
    const envelope: Envelope<never> = { ok: false, error: { code: 'invalid-request', message: 'The request was not valid JSON.' } };
    return sendJson(response, 400, envelope);
  }
  const envelope = await backend.handle(channel, payload);
  sendJson(response, 200, envelope);
}

/** Serves the renderer build and the contract on 127.0.0.1, for browsers and tests. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const hub = new PushHub(MAX_PUSH_STREAMS, securityHeaders);
  const printer = options.printer ?? createChromiumPrinter();
  const backend = createBackend({
    printer,
    dataDir: options.dataDir,
    clock: options.clock ?? systemClock,
    push: (channel, payload) => hub.push(channel, payload),
    notify: () => undefined,
    appVersion: options.appVersion,
    backupsDir: options.backupsDir,
    quarantineDir: options.quarantineDir,
  });
  let port = 0;
  let markTokenUsed = (): void => undefined;
  const tokenUsed = new Promise<void>((resolve) => (markTokenUsed = resolve));

  const server: Server = createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      console.error('Browser mode could not answer a request:', error);
      if (!response.headersSent) sendText(response, 500, INTERNAL_FAULT);
      else response.end();
    });
  });

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const verdict = checkRequest(request, port, token);
    if (!verdict.ok) return sendText(response, verdict.status, verdict.reason);
    const { url } = verdict;
    // Only the API needs the token, so a passed API request is one from a page holding it.
    if (isApiPath(url.pathname)) markTokenUsed();
    const invokeMatch = url.pathname.match(/^\/api\/invoke\/([A-Za-z.]+)$/);
    if (invokeMatch?.[1]) {
      if (request.method !== 'POST') return sendText(response, 405, 'Use POST.', { Allow: 'POST' });
      return invoke(backend, invokeMatch[1], request, response);
    }
    if (url.pathname === '/api/events') {
      if (request.method !== 'GET') return sendText(response, 405, 'Use GET.', { Allow: 'GET' });
      if (!hub.attach(response)) sendText(response, 503, `Stillpoint is open in too many tabs (${MAX_PUSH_STREAMS}). Close some of them, then reload this one.`);
      return;
    }
    if (isApiPath(url.pathname)) return sendText(response, 404, 'Not found.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    const file = await readDistFile(options.distDir, url.pathname);
    if (!file) return sendText(response, 404, 'Not found.');
    const headers: Record<string, string> = {
      ...securityHeaders,
      'Content-Type': file.contentType,
      // The build names each asset by its content, so a kept copy is never stale; the page itself is always asked for.
      'Cache-Control': url.pathname.startsWith('/assets/') ? 'private, max-age=31536000, immutable' : 'no-store',
    };
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  // Chromium takes a second or more to launch here: started now, it is ready before the first handout is saved.
  if (options.printerReadyAtStart) printer.prepare?.();

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    backend,
    push: (channel, payload) => hub.push(channel, payload),
    tokenUsed,
    close: async () => {
      backend.close();
      await printer.close?.();
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

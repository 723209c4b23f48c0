import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_PUSH_STREAMS, startBrowserMode, type BrowserMode } from '../../../electron/browser-mode/server';
import { openEventStream } from '../../../renderer/bridge/event-stream';
import { rawRequest } from '../../helpers/http';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
let running: BrowserMode | null = null;

afterEach(async () => {
  await running?.close();
  running = null;
});

/** Stands in for headless Chromium: these tests are about the server, and count how the printer is asked to get ready. */
function printerDouble() {
  const printer = { preparedTimes: 0, prepare: () => void (printer.preparedTimes += 1), toPdf: async () => new Uint8Array() };
  return printer;
}

async function start(printer = printerDouble(), options: { printerReadyAtStart?: boolean } = {}): Promise<BrowserMode & { distDir: string }> {
  const distDir = tempDir();
  mkdirSync(path.join(distDir, 'assets'));
  writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>Stillpoint</title>');
  writeFileSync(path.join(distDir, 'assets', 'app.js'), 'console.log(1)');
  const root = tempDir();
  running = await startBrowserMode({ dataDir: path.join(root, 'data'), distDir, port: 0, printer, ...options });
  return Object.assign(running, { distDir });
}

function json(mode: BrowserMode, channel: string, body: unknown, extra: Record<string, string> = {}) {
  return rawRequest(mode.port, {
    method: 'POST',
    path: `/api/invoke/${channel}`,
    headers: { Host: `127.0.0.1:${mode.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${mode.token}`, ...extra },
    body: JSON.stringify(body),
  });
}

describe('browser mode', () => {
  it('gets the handout printer ready as it starts when asked (the app does), so the first handout does not wait for Chromium', async () => {
    const ready = printerDouble();
    await start(ready, { printerReadyAtStart: true });
    expect(ready.preparedTimes).toBe(1);
    await running?.close();
    const later = printerDouble();
    await start(later);
    expect(later.preparedTimes).toBe(0);
  });

  it('prints an address on 127.0.0.1 that carries the token', async () => {
    const mode = await start();
    expect(mode.url).toBe(`http://127.0.0.1:${mode.port}/?token=${mode.token}`);
    expect(mode.token.length).toBeGreaterThanOrEqual(32);
  });

  it('says when a page holding the token first reaches the back end (so the page that opened it can go), and not before', async () => {
    const mode = await start();
    let used = false;
    void mode.tokenUsed.then(() => (used = true));
    const host = { Host: `127.0.0.1:${mode.port}` };
    // The page itself, and the API without the token, are not a visit by someone holding it.
    await rawRequest(mode.port, { path: `/?token=${mode.token}`, headers: host });
    await json(mode, 'plans.list', {}, { Authorization: 'Bearer nope' });
    await Promise.resolve();
    expect(used).toBe(false);
    expect((await json(mode, 'plans.list', {})).status).toBe(200);
    await mode.tokenUsed;
    expect(used).toBe(true);
  });

  it('answers every /api request without the token in the Authorization header with 401', async () => {
    const mode = await start();
    const host = { Host: `127.0.0.1:${mode.port}` };
    expect((await rawRequest(mode.port, { path: '/api/events', headers: host })).status).toBe(401);
    expect((await json(mode, 'plans.list', {}, { Authorization: 'Bearer nope' })).status).toBe(401);
    expect((await json(mode, 'plans.list', {}, { Authorization: '' })).status).toBe(401);
    // Neither the address nor a cookie opens the API: only the header a tab sends from its own storage.
    const inAddress = await rawRequest(mode.port, {
      method: 'POST',
      path: `/api/invoke/plans.list?token=${mode.token}`,
      headers: { ...host, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(inAddress.status).toBe(401);
    const inCookie = await json(mode, 'plans.list', {}, { Authorization: '', Cookie: `stillpoint-token=${mode.token}` });
    expect(inCookie.status).toBe(401);
    expect((await rawRequest(mode.port, { path: '/api/nothing', headers: host })).status).toBe(401);
  });

  it('serves the page itself without the token, so a reload works, and never sets a cookie', async () => {
    const mode = await start();
    for (const path of [`/?token=${mode.token}`, '/', '/assets/app.js']) {
      const response = await rawRequest(mode.port, { path, headers: { Host: `localhost:${mode.port}` } });
      expect(response.status, path).toBe(200);
      expect(response.headers['set-cookie'], path).toBeUndefined();
    }
    const page = await rawRequest(mode.port, { path: '/', headers: { Host: `127.0.0.1:${mode.port}` } });
    expect(page.body).toContain('<title>Stillpoint</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('lets the browser keep the built scripts and styles, whose names change with their content, but never the page', async () => {
    const mode = await start();
    const host = { Host: `127.0.0.1:${mode.port}` };
    // Kept, a reload in the middle of a session neither fetches nor compiles the scripts again.
    const script = await rawRequest(mode.port, { path: '/assets/app.js', headers: host });
    expect(script.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    for (const page of ['/', '/index.html']) {
      expect((await rawRequest(mode.port, { path: page, headers: host })).headers['cache-control'], page).toBe('no-store');
    }
  });

  it('never serves a file outside the build, even through a link inside it', async () => {
    const mode = await start();
    const outside = path.join(tempDir(), 'secret.json');
    writeFileSync(outside, '{"client":"Ada"}');
    symlinkSync(outside, path.join(mode.distDir, 'assets', 'linked.json'));
    symlinkSync(path.dirname(outside), path.join(mode.distDir, 'linked-folder'));
    const host = { Host: `127.0.0.1:${mode.port}` };
    expect((await rawRequest(mode.port, { path: '/assets/linked.json', headers: host })).status).toBe(404);
    expect((await rawRequest(mode.port, { path: '/linked-folder/secret.json', headers: host })).status).toBe(404);
    expect((await rawRequest(mode.port, { path: '/assets/app.js', headers: host })).status).toBe(200);
  });

  it(`keeps at most ${MAX_PUSH_STREAMS} push streams open, refusing more in plain words`, async () => {
    const mode = await start();
    const controller = new AbortController();
    const open = () => fetch(`http://127.0.0.1:${mode.port}/api/events`, { headers: { Authorization: `Bearer ${mode.token}` }, signal: controller.signal });
    const streams = await Promise.all(Array.from({ length: MAX_PUSH_STREAMS }, open));
    expect(streams.map((stream) => stream.status)).toEqual(Array(MAX_PUSH_STREAMS).fill(200));
    const refused = await open();
    expect(refused.status).toBe(503);
    expect(await refused.text()).toMatch(/open in too many tabs.*Close some of them/);
    controller.abort();
  });

  it('opens a push stream only for GET, and sends it with the same protective headers as every other answer', async () => {
    const mode = await start();
    const controller = new AbortController();
    const headers = { Authorization: `Bearer ${mode.token}` };
    const url = `http://127.0.0.1:${mode.port}/api/events`;
    for (const method of ['POST', 'DELETE', 'PUT']) {
      const refused = await fetch(url, { method, headers });
      expect([refused.status, refused.headers.get('allow')]).toEqual([405, 'GET']);
    }
    const stream = await fetch(url, { headers, signal: controller.signal });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-security-policy')).toMatch(/default-src/);
    expect(stream.headers.get('x-content-type-options')).toBe('nosniff');
    expect(stream.headers.get('x-frame-options')).toBe('DENY');
    controller.abort();
  });

  it('the fetch-based push reader carries the token and receives pushes; without the token it stops', { timeout: 30_000 }, async () => {
    const mode = await start();
    const seen: string[] = [];
    const reader = openEventStream(`http://127.0.0.1:${mode.port}/api/events`, { Authorization: `Bearer ${mode.token}` }, (event, data) =>
      seen.push(`${event} ${JSON.parse(data).session ? 'with session' : ''}`),
    );
    // The reader listens once a push reaches it: a session started before that is told to no one, and a second start is refused.
    await vi.waitFor(
      () => {
        mode.push('app.menu', { command: 'show-keys' });
        expect(seen).toContain('app.menu ');
      },
      { timeout: 10_000, interval: 100 },
    );
    expect((await json(mode, 'session.start', { planId: 'default-60' })).status).toBe(200);
    await vi.waitFor(() => expect(seen).toContain('session.changed with session'), { timeout: 10_000 });
    reader.close();
    let attempts = 0;
    const refused = openEventStream(`http://127.0.0.1:${mode.port}/api/events`, {}, () => undefined, async () => void (attempts += 1));
    await refused.ended;
    expect(attempts).toBe(0);
  });

  it('refuses a Host other than 127.0.0.1 or localhost, even with the token (DNS rebinding)', async () => {
    const mode = await start();
    const response = await rawRequest(mode.port, { path: `/?token=${mode.token}`, headers: { Host: `evil.example:${mode.port}` } });
    expect(response.status).toBe(403);
  });

  it('refuses requests sent from another origin', async () => {
    const mode = await start();
    const response = await json(mode, 'plans.list', {}, { Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
  });

  it('carries the contract over HTTP, with typed errors for bad payloads', async () => {
    const mode = await start();
    const ok = JSON.parse((await json(mode, 'plans.list', {})).body);
    expect(ok.ok).toBe(true);
    const bad = JSON.parse((await json(mode, 'session.start', { planId: '' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const unknown = JSON.parse((await json(mode, 'nothing.here', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('does not serve files outside the renderer build', async () => {
    const mode = await start();
    const response = await rawRequest(mode.port, {
      path: `/..%2f..%2fetc%2fpasswd?token=${mode.token}`,
      headers: { Host: `127.0.0.1:${mode.port}` },
    });
    expect(response.status).toBe(404);
  });

  it('an address that cannot be read is turned away in plain words, never with the parser\'s own error', async () => {
    const mode = await start();
    for (const target of ['http://[bad', `http://127.0.0.1:${mode.port}:x/api/invoke/plans.list`]) {
      const response = await rawRequest(mode.port, { path: target, headers: { Host: `127.0.0.1:${mode.port}`, Authorization: `Bearer ${mode.token}` } });
      expect(response.status, target).toBe(400);
      expect(response.body, target).toBe('That address cannot be read. Open Stillpoint with the address it printed when it started.');
    }
  });

  it('listens on 127.0.0.1 only: other local addresses are refused', async () => {
    const mode = await start();
    const reach = (host: string) =>
      new Promise<string>((resolve) => {
        const socket = connect({ host, port: mode.port }, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
    expect(await reach('127.0.0.1')).toBe('connected');
    expect(await reach('127.0.0.2')).toBe('ECONNREFUSED');
  });

  it('makes a new random token for every run', async () => {
    const first = await start();
    const token = first.token;
    await first.close();
    running = null;
    const second = await start();
    expect(second.token).not.toBe(token);
  });

  it('checks Host and Origin strictly, so a rebinding or look-alike name gets nothing', async () => {
    const mode = await start();
    const withHost = (host: string) => rawRequest(mode.port, { path: `/?token=${mode.token}`, headers: { Host: host } });
    expect((await withHost('127.0.0.1')).status).toBe(403);
    expect((await withHost(`127.0.0.1:${mode.port + 1}`)).status).toBe(403);
    expect((await withHost(`localhost.evil.example:${mode.port}`)).status).toBe(403);
    for (const origin of ['null', `http://127.0.0.1:${mode.port + 1}`, `https://127.0.0.1:${mode.port}`, `http://localhost.evil.example:${mode.port}`]) {
      expect((await json(mode, 'plans.list', {}, { Origin: origin })).status, origin).toBe(403);
    }
    expect((await json(mode, 'plans.list', {}, { Origin: `http://127.0.0.1:${mode.port}` })).status).toBe(200);
  });

  it('sends no CORS headers, answers no preflight, and refuses a cross-site preflight', async () => {
    const mode = await start();
    const preflight = await rawRequest(mode.port, {
      method: 'OPTIONS',
      path: '/api/invoke/session.start',
      headers: { Host: `127.0.0.1:${mode.port}`, Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    const sameSite = await rawRequest(mode.port, {
      method: 'OPTIONS',
      path: '/api/invoke/session.start',
      headers: { Host: `127.0.0.1:${mode.port}`, Authorization: `Bearer ${mode.token}` },
    });
    expect(sameSite.status).toBe(405);
    for (const response of [preflight, sameSite, await json(mode, 'plans.list', {})]) {
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('the push stream needs the token too, and carries pushes to a holder of it', async () => {
    const mode = await start();
    expect((await rawRequest(mode.port, { path: '/api/events', headers: { Host: `127.0.0.1:${mode.port}` } })).status).toBe(401);
    const controller = new AbortController();
    const stream = await fetch(`http://127.0.0.1:${mode.port}/api/events`, {
      headers: { Authorization: `Bearer ${mode.token}` },
      signal: controller.signal,
    });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    await reader.read();
    await json(mode, 'session.start', { planId: 'default-60' });
    let text = '';
    while (!text.includes('event: session.changed')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
  });

  it('refuses prototype keys in the raw JSON and bodies over the size limit', async () => {
    const mode = await start();
    const polluted = await rawRequest(mode.port, {
      method: 'POST',
      path: '/api/invoke/session.start',
      headers: { Host: `127.0.0.1:${mode.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${mode.token}` },
      body: '{"planId":"default-60","__proto__":{"polluted":true}}',
    });
    expect(JSON.parse(polluted.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const huge = await json(mode, 'session.start', { planId: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
  });
});

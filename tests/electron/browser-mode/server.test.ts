import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserMode, type BrowserMode } from '../../../electron/browser-mode/server';
import { rawRequest } from '../../helpers/http';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
let running: BrowserMode | null = null;

afterEach(async () => {
  await running?.close();
  running = null;
});

async function start(): Promise<BrowserMode> {
  const distDir = tempDir();
  mkdirSync(path.join(distDir, 'assets'));
  writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>Stillpoint</title>');
  writeFileSync(path.join(distDir, 'assets', 'app.js'), 'console.log(1)');
  running = await startBrowserMode({ dataDir: tempDir(), distDir, port: 0 });
  return running;
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
  it('prints an address on 127.0.0.1 that carries the token', async () => {
    const mode = await start();
    expect(mode.url).toBe(`http://127.0.0.1:${mode.port}/?token=${mode.token}`);
    expect(mode.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers every request without the token with 401', async () => {
    const mode = await start();
    const host = { Host: `127.0.0.1:${mode.port}` };
    expect((await rawRequest(mode.port, { headers: host })).status).toBe(401);
    expect((await rawRequest(mode.port, { path: '/assets/app.js', headers: host })).status).toBe(401);
    expect((await rawRequest(mode.port, { path: '/api/events', headers: host })).status).toBe(401);
    expect((await rawRequest(mode.port, { path: '/?token=wrong', headers: host })).status).toBe(401);
    expect((await json(mode, 'plans.list', {}, { Authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('serves the page with the token and sets a strict HttpOnly cookie for the rest', async () => {
    const mode = await start();
    const page = await rawRequest(mode.port, { path: `/?token=${mode.token}`, headers: { Host: `localhost:${mode.port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Stillpoint</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const asset = await rawRequest(mode.port, {
      path: '/assets/app.js',
      headers: { Host: `127.0.0.1:${mode.port}`, Cookie: cookie.split(';')[0]! },
    });
    expect(asset.status).toBe(200);
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
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from '../../../renderer/bridge/http-bridge';

afterEach(() => vi.unstubAllGlobals());

/** Browser mode answering a request with plain text and the given status, as it does when it turns a request away before the back end sees it. */
function serverSays(status: number, text: string): void {
  vi.stubGlobal('fetch', async () => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }));
}

describe('the browser-mode bridge when the server answers without an envelope', () => {
  it('a request turned away as too large comes back as a refusal in the server’s words, not a JSON parse error', async () => {
    serverSays(413, 'That request is too large.');
    const answer = await createHttpBridge('http://127.0.0.1:1', 't').invoke('plans.list', {});
    expect(answer).toEqual({ ok: false, error: { code: 'invalid-request', message: 'That request is too large.' } });
  });

  it('a missing or wrong token is a refusal that says how to open Stillpoint again', async () => {
    serverSays(401, 'Open Stillpoint with the address it printed when it started (it holds the token).');
    const answer = await createHttpBridge('http://127.0.0.1:1', 't').invoke('plans.list', {});
    expect(answer).toEqual({ ok: false, error: { code: 'refused', message: 'Open Stillpoint with the address it printed when it started (it holds the token).' } });
  });

  it('an answer that cannot be read at all says so plainly and what to do', async () => {
    serverSays(502, '<html><body>Bad gateway</body></html>');
    const answer = await createHttpBridge('http://127.0.0.1:1', 't').invoke('plans.list', {});
    expect(answer).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Stillpoint’s back end gave an answer this page cannot read. Reload the page; if it happens again, restart Stillpoint.' },
    });
  });
});

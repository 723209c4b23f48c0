import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { readBody } from '../../../electron/browser-mode/request-body';
import { MAX_BODY_BYTES, startBrowserMode, type BrowserMode } from '../../../electron/browser-mode/server';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
let running: BrowserMode | null = null;

afterEach(async () => {
  await running?.close();
  running = null;
});

const FIFTY_MB = 50 * 1024 * 1024;
const CHUNK = 64 * 1024;

async function start(): Promise<BrowserMode> {
  const distDir = tempDir();
  writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>Stillpoint</title>');
  mkdirSync(path.join(tempDir(), 'data'), { recursive: true });
  running = await startBrowserMode({ dataDir: path.join(tempDir(), 'data'), distDir, port: 0, printer: { toPdf: async () => new Uint8Array() } });
  return running;
}

/** The request head as a browser would send it, for a channel whose limit is MAX_BODY_BYTES. */
function head(mode: BrowserMode, length: string): string {
  return [
    'POST /api/invoke/session.start HTTP/1.1',
    `Host: 127.0.0.1:${mode.port}`,
    'Content-Type: application/json',
    `Authorization: Bearer ${mode.token}`,
    length,
    '',
    '',
  ].join('\r\n');
}

describe('a request body over the size limit', () => {
  it('is refused from its declared length alone: the 413 comes back before any of the body is sent, and the connection is closed', async () => {
    const mode = await start();
    const socket = connect({ host: '127.0.0.1', port: mode.port });
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write(head(mode, `Content-Length: ${FIFTY_MB}`));
    // Not one byte of the body is sent: a server that waits for it never answers, and the test runs out of time.
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toContain('That request is too large.');
  });

  it('sent in chunks with no declared length, is refused as soon as it passes the limit, long before the client has sent it all, and the server hangs up', async () => {
    const mode = await start();
    const socket = connect({ host: '127.0.0.1', port: mode.port });
    let answer = '';
    let sent = 0;
    let sentAtAnswer = -1;
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
      if (sentAtAnswer < 0) sentAtAnswer = sent;
    });
    // The server hanging up shows as an end or, with the client's bytes still arriving, a reset: either way it is closed.
    const hungUp = new Promise<string>((resolve) => {
      socket.once('end', () => resolve('end'));
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    socket.write(head(mode, 'Transfer-Encoding: chunked'));
    const frame = Buffer.concat([Buffer.from(`${CHUNK.toString(16)}\r\n`), Buffer.alloc(CHUNK, 'x'), Buffer.from('\r\n')]);
    // Slowly: one chunk at a time, the next only once the last has gone out and the loop has turned; never past an answer.
    const sendMore = (): void => {
      if (sentAtAnswer >= 0 || socket.destroyed || !socket.writable) return;
      if (sent >= FIFTY_MB) return void socket.write('0\r\n\r\n');
      sent += CHUNK;
      if (socket.write(frame)) setImmediate(sendMore);
      else socket.once('drain', sendMore);
    };
    sendMore();
    expect(['end', 'ECONNRESET', 'EPIPE']).toContain(await hungUp);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('That request is too large.');
    expect(sentAtAnswer).toBeGreaterThan(MAX_BODY_BYTES);
    expect(sentAtAnswer).toBeLessThan(FIFTY_MB / 2);
  });

  it('stops being read once past the limit: nothing more is pulled from the connection, and nothing is kept', async () => {
    let pulled = 0;
    let ended = false;
    const body = new Readable({
      highWaterMark: CHUNK,
      read() {
        if (pulled >= FIFTY_MB) {
          ended = true;
          return void this.push(null);
        }
        pulled += CHUNK;
        this.push(Buffer.alloc(CHUNK, 'x'));
      },
    });
    const read = await readBody(Object.assign(body, { headers: {} }), MAX_BODY_BYTES);
    expect(read).toEqual({ ok: false });
    expect(ended).toBe(false);
    expect(pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 4 * CHUNK);
    // No reader is left on the stream, so it is neither pulled further nor held in memory.
    expect(body.readableFlowing).not.toBe(true);
    expect(body.listenerCount('data')).toBe(0);
  });

  it('within the limit is read whole, chunked or declared', async () => {
    const text = JSON.stringify({ planId: 'default-60', note: 'é'.repeat(1000) });
    const chunks = Readable.from([Buffer.from(text).subarray(0, 7), Buffer.from(text).subarray(7)]);
    expect(await readBody(Object.assign(chunks, { headers: {} }), MAX_BODY_BYTES)).toEqual({ ok: true, text });
    const declared = Readable.from([Buffer.from(text)]);
    expect(await readBody(Object.assign(declared, { headers: { 'content-length': String(Buffer.byteLength(text)) } }), MAX_BODY_BYTES)).toEqual({ ok: true, text });
  });
});

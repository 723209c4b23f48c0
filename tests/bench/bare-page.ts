import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What this machine's Chromium costs with none of Stillpoint's code: pages
 * served over HTTP on 127.0.0.1, as browser mode serves the room, measured
 * beside the room in the same run so a figure can be read against its floor.
 */
const pages: Record<string, string> = {
  // The room's start screen reduced to its Start button, already enabled, with no script at all.
  '/start-button': '<!doctype html><html lang="en"><title>Bare start</title><body><main><button type="button">Start session</button></main></body></html>',
  // Three figures turned over once a second by plain DOM writes, as the room's three clocks are, without React.
  '/three-clocks': `<!doctype html><html lang="en"><title>Bare clocks</title><body>
<p><span class="clock">60:00</span> <span class="clock">15:00</span> <span class="clock">05:00</span></p>
<script>
const clocks = [...document.querySelectorAll('.clock')];
const started = Date.now();
function turn() {
  const seconds = Math.floor((Date.now() - started) / 1000);
  clocks.forEach((clock, index) => {
    const left = [3600, 900, 300][index] - seconds;
    clock.textContent = String(Math.floor(left / 60)).padStart(2, '0') + ':' + String(left % 60).padStart(2, '0');
  });
  setTimeout(turn, 1000 - ((Date.now() - started) % 1000));
}
turn();
</script></body></html>`,
};

export interface BarePages {
  url(page: 'start-button' | 'three-clocks'): string;
  close(): Promise<void>;
}

export async function serveBarePages(): Promise<BarePages> {
  const server: Server = createServer((request, response) => {
    const body = pages[request.url ?? ''];
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(body ?? 'Not found.');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (page) => `http://127.0.0.1:${port}/${page}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

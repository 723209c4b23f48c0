import type { ServerResponse } from 'node:http';
import type { PushChannel, PushOf } from '../../shared/contract/channels';

/** Server-sent events: every open window receives every push. */
export class PushHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly keepAlive: ReturnType<typeof setInterval>;

  /** `headers` go with every stream, as with every other answer of the server. */
  constructor(
    private readonly maxClients: number,
    private readonly headers: Readonly<Record<string, string>>,
  ) {
    // A comment line now and then keeps idle proxies and the browser from dropping the stream.
    this.keepAlive = setInterval(() => this.write(': keep-alive\n\n'), 15_000);
    this.keepAlive.unref();
  }

  /** False, sending nothing, when `maxClients` streams are already open. */
  attach(response: ServerResponse): boolean {
    if (this.clients.size >= this.maxClients) return false;
    response.writeHead(200, {
      ...this.headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
    return true;
  }

  push<C extends PushChannel>(channel: C, payload: PushOf<C>): void {
    this.write(`event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`);
  }

  close(): void {
    clearInterval(this.keepAlive);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private write(chunk: string): void {
    for (const client of this.clients) client.write(chunk);
  }
}

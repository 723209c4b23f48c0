import { createParser } from 'eventsource-parser';

/** After a dropped stream, wait this long before opening it again, doubling up to the cap. */
export const RECONNECT_MS = 1_000;
export const RECONNECT_CAP_MS = 15_000;

/**
 * Server-sent events over fetch, so the request can carry headers (the
 * browser's EventSource cannot). Like EventSource it reconnects when the
 * stream drops; unlike it, a refusal (401, 403, 503) is final, since asking
 * again would get the same answer.
 */
export function openEventStream(
  url: string,
  headers: Record<string, string>,
  onEvent: (event: string, data: string) => void,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): { close(): void; ended: Promise<void> } {
  const controller = new AbortController();
  let delay = RECONNECT_MS;

  async function readOnce(): Promise<'again' | 'stop'> {
    const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, credentials: 'omit', signal: controller.signal });
    if (!response.ok || !response.body) return response.status >= 500 && response.status !== 503 ? 'again' : 'stop';
    delay = RECONNECT_MS;
    const parser = createParser({ onEvent: (message) => onEvent(message.event ?? 'message', message.data) });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'again';
      parser.feed(value);
    }
  }

  const ended = (async () => {
    while (!controller.signal.aborted) {
      const next = await readOnce().catch(() => 'again' as const);
      if (next === 'stop' || controller.signal.aborted) return;
      await wait(delay);
      delay = Math.min(delay * 2, RECONNECT_CAP_MS);
    }
  })();

  return { close: () => controller.abort(), ended };
}

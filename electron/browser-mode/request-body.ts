import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';

export type BodyRead = { ok: true; text: string } | { ok: false };

/** The length the client declared, or null when it sent none (a chunked body). */
function declaredLength(headers: IncomingHttpHeaders): number | null {
  const value = headers['content-length'];
  // Node's parser has already refused a Content-Length that is not a whole number.
  return value === undefined ? null : Number(value);
}

/**
 * A request's body as text, or not ok as soon as it is known to be over the
 * limit: from its declared length before a byte is read, or, sent in chunks,
 * the moment the bytes received pass it. Then the stream is left paused with
 * no reader on it and what was read is dropped, so the rest is never pulled
 * from the connection nor held in memory (the caller answers 413 and closes).
 */
export function readBody(request: Readable & { headers: IncomingHttpHeaders }, limit: number): Promise<BodyRead> {
  const declared = declaredLength(request.headers);
  if (declared !== null && declared > limit) return Promise.resolve({ ok: false });
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    const stop = (): void => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.pause();
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      chunks = [];
      resolve({ ok: false });
    };
    const onEnd = (): void => {
      stop();
      resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    };
    const onError = (error: Error): void => {
      stop();
      reject(error);
    };
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', onError);
  });
}

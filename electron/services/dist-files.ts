import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface DistFile {
  body: Buffer;
  contentType: string;
}

/**
 * A file of the renderer build by its URL path, for the app:// protocol and
 * browser mode alike; never anything outside the build, whatever the path says.
 */
export async function readDistFile(distDir: string, urlPath: string): Promise<DistFile | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
  try {
    // Resolved through links too: a link inside the build must not reach a file outside it.
    const root = await realpath(distDir);
    const resolved = await realpath(path.resolve(root, `.${relative}`));
    if (!resolved.startsWith(root + path.sep)) return null;
    const body = await readFile(resolved);
    return { body, contentType: contentTypes[path.extname(resolved)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

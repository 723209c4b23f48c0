import { readFile } from 'node:fs/promises';
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

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Reads a file of the renderer build; never anything outside it. */
export async function readStatic(distDir: string, urlPath: string): Promise<StaticFile | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
  const resolved = path.resolve(distDir, `.${relative}`);
  if (!resolved.startsWith(path.resolve(distDir) + path.sep)) return null;
  try {
    const body = await readFile(resolved);
    return { body, contentType: contentTypes[path.extname(resolved)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

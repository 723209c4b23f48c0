import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dataDirIn, defaultUserDataDir } from '../services/paths';
import { startBrowserMode } from './server';

export const DEFAULT_PORT = 4870;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
    },
  });
  const dataDir = path.resolve(values['data-dir'] ?? dataDirIn(defaultUserDataDir()));
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  const distDir = fileURLToPath(new URL('../dist', import.meta.url));
  const appVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  const mode = await startBrowserMode({ dataDir, distDir, port, appVersion });
  process.stdout.write(`Stillpoint is running at ${mode.url}\nData folder: ${dataDir}\n`);
  const stop = (): void => {
    void mode.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Stillpoint could not start: ${(error as Error).message}\n`);
  process.exit(1);
});

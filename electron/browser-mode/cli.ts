import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepareDataFolder } from '../services/data-folder';
import { lockFolder } from '../services/folder-lock';
import { openInBrowser } from './open-browser';
import { parseServeArgs } from './serve-args';
import { startBrowserMode } from './server';

async function main(): Promise<void> {
  const { layout, port, open } = parseServeArgs(process.argv.slice(2));
  prepareDataFolder(layout);
  const lock = lockFolder(layout.lockFile, { app: 'browser' });
  process.on('exit', () => lock.release());
  const distDir = fileURLToPath(new URL('../dist', import.meta.url));
  const appVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  const mode = await startBrowserMode({
    dataDir: layout.dataDir,
    backupsDir: layout.backupsDir,
    quarantineDir: layout.quarantineDir,
    distDir,
    port,
    appVersion,
    printerReadyAtStart: true,
  });
  process.stdout.write(`Stillpoint is running at ${mode.url}\nData folder: ${layout.root}\n`);
  if (open) {
    const opened = await openInBrowser(mode.url);
    // The page that carried the address to the browser goes once the browser has used it, or at exit at the latest.
    process.on('exit', opened.done);
    void mode.tokenUsed.then(opened.done);
    process.stdout.write(opened.opened ? 'Opened in your default browser.\n' : 'Open that address in a browser on this computer.\n');
  }
  let warned = false;
  const stop = (): void => {
    // Writes held in memory after disk trouble would be lost: try once more, and stop only when told twice.
    const status = mode.backend.retryWrites();
    if (status.pending.length > 0 && !warned) {
      warned = true;
      process.stdout.write(`Not stopping yet: ${status.message}\nPress Ctrl+C again to stop anyway and lose what is not saved.\n`);
      return;
    }
    void mode.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Stillpoint could not start: ${(error as Error).message}\n`);
  process.exit(1);
});

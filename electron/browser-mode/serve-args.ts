import { parseArgs } from 'node:util';
import { defaultUserDataDir, folderLayout, type FolderLayout } from '../services/paths';

export const DEFAULT_PORT = 4870;

export interface ServeArgs {
  layout: FolderLayout;
  port: number;
  /** Open the address in the default browser (npm start does, when Electron cannot run). */
  open: boolean;
}

/**
 * `--data-dir DIR` is the whole Stillpoint folder, laid out as the desktop
 * app's (records in DIR/data, DIR/backups, DIR/quarantine): nothing is
 * written outside it. Without it, the desktop app's own folder.
 */
export function parseServeArgs(args: string[], env: NodeJS.ProcessEnv = process.env): ServeArgs {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      open: { type: 'boolean', default: false },
    },
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  return { layout: folderLayout(values['data-dir'] ?? defaultUserDataDir(env)), port, open: values.open };
}

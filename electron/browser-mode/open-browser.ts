import { spawn } from 'node:child_process';

/**
 * The command that opens an address in the default browser, or null where
 * there is no display to show it on (a server, an SSH session, CI).
 */
export function openCommand(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): [string, string[]] | null {
  if (platform === 'darwin') return ['open', [url]];
  // "start" takes its first quoted argument as a window title, hence the empty one.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return ['xdg-open', [url]];
}

/** Opens the address where it can; true once the opener has started. Never fails the caller. */
export function openInBrowser(url: string, command = openCommand(url)): Promise<boolean> {
  if (!command) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(command[0], command[1], { stdio: 'ignore', detached: true, windowsVerbatimArguments: command[0] === 'cmd' });
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
    child.unref();
  });
}

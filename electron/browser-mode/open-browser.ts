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

/** Opens the address where it can; true if a browser was asked to. Never fails the caller. */
export function openInBrowser(url: string): boolean {
  const command = openCommand(url);
  if (!command) return false;
  try {
    const child = spawn(command[0], command[1], { stdio: 'ignore', detached: true, windowsVerbatimArguments: process.platform === 'win32' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

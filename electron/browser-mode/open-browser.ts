import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { escapeHtml } from '../../shared/handout/content/escape-xml';

/** Starts a program and lets it run on its own; true once it has started. */
export type Launch = (command: string, args: string[]) => Promise<boolean>;

/**
 * The command that opens a file in the default browser, or null where there
 * is no display to show it on (a server, an SSH session, CI).
 */
export function openCommand(file: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): [string, string[]] | null {
  if (platform === 'darwin') return ['open', [file]];
  // "start" takes its first quoted argument as a window title, hence the empty one; the path is quoted for its spaces.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', `"${file}"`]];
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return ['xdg-open', [file]];
}

const launchDetached: Launch = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: command === 'cmd' });
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
    child.unref();
  });

function launchPage(url: string): string {
  const address = escapeHtml(url);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0;url=${address}">
<title>Opening Stillpoint</title>
</head>
<body>
<p>Opening Stillpoint. If it does not open, <a href="${address}">open Stillpoint here</a>.</p>
</body>
</html>
`;
}

/**
 * Where the launch page's private folder is made. On Linux the default browser is often a snap (Firefox on
 * Ubuntu), which sees neither the real /tmp nor hidden folders, so the page goes in a folder of its own in
 * the home folder, taken away once used; elsewhere the user's own temp folder serves.
 */
export function launchFolderParent(platform: NodeJS.Platform, home: string, temp: string): string {
  return platform === 'linux' ? home : temp;
}

export interface OpenOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** Runs the opener; tests pass a spy. */
  launch?: Launch;
  /** Where the launch page's private folder is made: launchFolderParent's choice unless a test gives another. */
  parent?: string;
}

export interface Opened {
  /** The opener started (the browser may still be on its way). */
  opened: boolean;
  /** Takes the launch page away: once the browser has been to the address, or at exit. Safe to call again. */
  done(): void;
}

/**
 * Opens the address in the default browser without putting it on a command
 * line, where every user of the computer could read its token in the
 * process list (as Jupyter does): the address goes into a small page that
 * sends the browser on, readable only by this user (0600, in a 0700 folder
 * of its own), and the opener is given that page's path. Never fails the
 * caller.
 */
export async function openInBrowser(url: string, options: OpenOptions = {}): Promise<Opened> {
  const { platform = process.platform, env = process.env, launch = launchDetached } = options;
  const parent = options.parent ?? launchFolderParent(platform, homedir(), tmpdir());
  const nothing: Opened = { opened: false, done: () => undefined };
  if (!openCommand('', platform, env)) return nothing;
  let folder: string;
  try {
    // mkdtemp makes the folder 0700.
    folder = mkdtempSync(path.join(parent, 'stillpoint-open-'));
  } catch {
    return nothing;
  }
  const done = (): void => rmSync(folder, { recursive: true, force: true });
  try {
    const file = path.join(folder, 'open.html');
    // 'wx': a new file, made with these permissions from the start.
    writeFileSync(file, launchPage(url), { mode: 0o600, flag: 'wx' });
    const [command, args] = openCommand(file, platform, env) ?? ['', []];
    const opened = await launch(command, args);
    if (!opened) done();
    return { opened, done };
  } catch {
    done();
    return nothing;
  }
}

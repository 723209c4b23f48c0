/** Debian's Chromium, unless CHROMIUM_PATH names another (TOOLCHAIN.md). */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

const quietArgs: readonly string[] = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Running as root, where Chromium refuses to start with its sandbox. */
export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * Headless flags: nothing phoning home, and the sandbox kept unless we run
 * as root (CI, containers), where Chromium cannot start with it.
 */
export function chromiumArgs(asRoot: boolean = runningAsRoot()): string[] {
  return [...(asRoot ? ['--no-sandbox'] : []), ...quietArgs];
}

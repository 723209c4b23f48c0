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

/**
 * Chromium keeps only the last --disable-features it is given, so this one
 * repeats what Playwright (1.65) turns off on Linux, then adds the address bar's
 * pop-up pages: a headless window never shows them, yet each new window
 * loads them into a renderer of their own, which took half of this
 * machine's two cores while the room page was starting.
 */
const unusedFeatures: readonly string[] = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
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
  return [...(asRoot ? ['--no-sandbox'] : []), ...quietArgs, `--disable-features=${unusedFeatures.join(',')}`];
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../../electron/browser-mode/chromium';
import { skipWelcome } from '../helpers/welcome';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const distDir = path.join(root, 'dist');
export const artifactsDir = path.join(root, 'test-artifacts');

/**
 * A new data folder one level down in a temp folder, laid out as the desktop
 * app's is, so the backups and quarantine beside it are this test's own.
 * The welcome is already seen unless `firstRun` asks for a brand-new folder.
 */
export function freshDataDir(options: { firstRun?: boolean } = {}): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'stillpoint-e2e-')), 'data');
  mkdirSync(dir);
  if (!options.firstRun) skipWelcome(dir);
  return dir;
}


/** Debian's Chromium, headless, with a fresh profile (TOOLCHAIN.md). */
export async function launchBrowser(viewport = { width: 1366, height: 768 }): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  if (!existsSync(path.join(distDir, 'index.html'))) throw new Error('Build the renderer first (npm run build).');
  const profile = mkdtempSync(path.join(tmpdir(), 'stillpoint-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    headless: true,
    viewport,
    args: [...chromiumArgs(), '--autoplay-policy=no-user-gesture-required'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface ServeProcess {
  url: string;
  port: number;
  child: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Runs browser mode exactly as `npm run serve` does: the built bundle, in its own process.
 * `dataDir` is the records folder from freshDataDir; `--data-dir` takes the folder holding it.
 */
export function startServe(dataDir: string, port = 0): Promise<ServeProcess> {
  const child = spawn(process.execPath, [path.join(root, 'dist-electron', 'serve.mjs'), '--data-dir', path.dirname(dataDir), '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = output.match(/Stillpoint is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=\S+)/);
      if (match?.[1] && match[2]) {
        child.stdout.off('data', onData);
        resolve({
          url: match[1],
          port: Number(match[2]),
          child,
          kill: (signal = 'SIGKILL') =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}) before it was ready:\n${output}`)));
  });
}

/** "12:05" or "+1:02:03" to seconds (overrun is negative). */
export function timerSeconds(text: string): number {
  const over = text.startsWith('+');
  const parts = text.replace('+', '').split(':').map(Number);
  const seconds = parts.reduce((total, part) => total * 60 + part, 0);
  return over ? -seconds : seconds;
}

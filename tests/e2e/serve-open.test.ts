import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDataDir, launchBrowser, root } from './harness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Every command line running on this computer now, read from /proc as any local user can. */
function allCommandLines(): string[] {
  const lines: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      lines.push(readFileSync(path.join('/proc', entry, 'cmdline'), 'utf8').split('\0').join(' '));
    } catch {
      // The process ended while the list was read.
    }
  }
  return lines;
}

/** A stand-in for xdg-open on PATH that writes down the arguments it was run with, one a line. */
function fakeOpener(): { bin: string; record: string } {
  const bin = mkdtempSync(path.join(tmpdir(), 'stillpoint-fake-opener-'));
  cleanups.push(async () => rmSync(bin, { recursive: true, force: true }));
  const record = path.join(bin, 'argv.txt');
  writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${record}.part" && mv "${record}.part" "${record}"\n`);
  chmodSync(path.join(bin, 'xdg-open'), 0o755);
  return { bin, record };
}

describe('browser mode started with --open', () => {
  it('opens a private page that leads to the address, so the token is on no command line, and the page goes once the browser has been', async () => {
    const dataDir = freshDataDir();
    const { bin, record } = fakeOpener();
    // On Linux the launch page's folder is made in the home folder (a snap browser sees neither /tmp nor hidden
    // folders): here a home of this test's own, to look into.
    const temp = mkdtempSync(path.join(tmpdir(), 'stillpoint-open-tmp-'));
    cleanups.push(async () => rmSync(temp, { recursive: true, force: true }));
    const child = spawn(process.execPath, [path.join(root, 'dist-electron', 'serve.mjs'), '--open', '--data-dir', path.dirname(dataDir), '--port', '0'], {
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, DISPLAY: ':99', WAYLAND_DISPLAY: '', HOME: temp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    cleanups.push(async () => {
      child.kill('SIGTERM');
      await exited;
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

    await expect.poll(() => output, { timeout: 30_000 }).toMatch(/Opened in your default browser/);
    const url = /Stillpoint is running at (\S+)/.exec(output)?.[1] ?? '';
    const token = new URL(url).searchParams.get('token') ?? '';
    expect(token.length).toBeGreaterThanOrEqual(32);

    await expect.poll(() => existsSync(record)).toBe(true);
    const argv = readFileSync(record, 'utf8').trim().split('\n');
    expect(argv).toHaveLength(1);
    expect(argv[0]).not.toContain(token);
    expect(allCommandLines().filter((line) => line.includes(token))).toEqual([]);

    const page = argv[0] ?? '';
    expect(path.dirname(path.dirname(page))).toBe(temp);
    expect(statSync(path.dirname(page)).mode & 0o777).toBe(0o700);
    expect(statSync(page).mode & 0o777).toBe(0o600);

    // The browser opens the page it was given, and lands in Stillpoint with the token taken from the address.
    const browser = await launchBrowser();
    cleanups.push(browser.close);
    await browser.page.goto(pathToFileURL(page).href);
    await expect.poll(() => browser.page.getByRole('navigation', { name: 'Stillpoint' }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(browser.page.url()).toBe(`${new URL(url).origin}/`);
    await expect.poll(() => existsSync(path.dirname(page))).toBe(false);
    expect(readdirSync(temp).filter((name) => name.startsWith('stillpoint-open-'))).toEqual([]);
  });
});

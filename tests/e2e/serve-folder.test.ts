import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invokeOverHttp } from '../helpers/contract-http';
import { root, startServe, type ServeProcess } from './harness';

const running: ServeProcess[] = [];
afterEach(async () => {
  for (const each of running.splice(0)) await each.kill();
});

async function serve(dataDir: string): Promise<ServeProcess> {
  const started = await startServe(dataDir);
  running.push(started);
  return started;
}

/** A Stillpoint folder (`--data-dir`) in a temp folder of its own, and the records folder inside it. */
function stillpointFolder(): { folder: string; dataDir: string } {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), 'stillpoint-folder-')), 'Stillpoint');
  return { folder, dataDir: path.join(folder, 'data') };
}

describe('browser mode and its folder', () => {
  it('keeps records, backups, quarantine and its lock inside --data-dir, nothing beside it', async () => {
    const { folder, dataDir } = stillpointFolder();
    const mode = await serve(dataDir);
    expect((await invokeOverHttp(mode.url, 'data.backup.now', {})).ok).toBe(true);
    expect(readdirSync(path.join(folder, 'backups')).some((name) => name.endsWith('.json'))).toBe(true);
    expect(existsSync(path.join(folder, 'stillpoint.lock'))).toBe(true);
    expect(readdirSync(path.dirname(folder))).toEqual(['Stillpoint']);
  });

  it('refuses a second browser mode on the same folder, and takes over the lock once the first has crashed', async () => {
    const { dataDir } = stillpointFolder();
    const first = await serve(dataDir);
    await expect(startServe(dataDir)).rejects.toThrow(/Stillpoint could not start: Stillpoint is already open on the data folder .* \(process \d+, browser mode\)/);
    await first.kill('SIGKILL');
    const third = await serve(dataDir);
    expect((await invokeOverHttp(third.url, 'plans.list', {})).ok).toBe(true);
  });
});

describe('npm start where the Electron binary cannot be had', () => {
  it('says so in one line, then runs browser mode and prints its address (no display to open it on)', async () => {
    const { folder } = stillpointFolder();
    const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const child = spawn(process.execPath, [path.join(root, 'electron', 'start.mjs'), '--data-dir', folder, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await expect.poll(() => output, { timeout: 30_000 }).toMatch(/Open that address in a browser/);
      const lines = output.trim().split('\n');
      expect(lines[0]).toBe('The Electron desktop app could not be downloaded on this computer, so Stillpoint starts in browser mode instead.');
      expect(lines[1]).toMatch(/^Stillpoint is running at http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/);
      expect(output).not.toMatch(/\n\s+at /);
      const url = lines[1]!.replace('Stillpoint is running at ', '');
      expect((await invokeOverHttp(url, 'plans.list', {})).ok).toBe(true);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    // The browser mode it started stopped with it and let go of the folder.
    await expect.poll(() => existsSync(path.join(folder, 'stillpoint.lock'))).toBe(false);
  });
});

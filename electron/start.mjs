// npm start: the desktop app when the Electron binary can be had, browser mode when it cannot.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/** The Electron binary's path, downloading it on first use as the electron package does; null when that fails. */
function electronBinary() {
  // In a child, so the package's download messages and stack trace stay out of the way.
  const found = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const binary = found.status === 0 ? found.stdout.trim() : '';
  return binary && existsSync(binary) ? binary : null;
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const binary = electronBinary();
if (binary) {
  run(binary, ['.', ...args]);
} else {
  process.stdout.write('The Electron desktop app could not be downloaded on this computer, so Stillpoint starts in browser mode instead.\n');
  run(process.execPath, [fileURLToPath(new URL('../dist-electron/serve.mjs', import.meta.url)), '--open', ...args]);
}

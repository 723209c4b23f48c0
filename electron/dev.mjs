// Development: the Vite dev server for the renderer, and Electron pointed at it.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';

const server = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname });
await server.listen();
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('The Vite dev server did not report an address.');

const build = spawn(process.execPath, ['electron/build.mjs'], { stdio: 'inherit' });
await new Promise((resolve, reject) => build.once('exit', (code) => (code === 0 ? resolve() : reject(new Error('build failed')))));

const electron = spawn('npx', ['electron', '.'], { stdio: 'inherit', env: { ...process.env, STILLPOINT_DEV_URL: url } });
electron.once('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});

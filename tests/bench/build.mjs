// Builds what the benchmarks measure (the app, if dist/ is missing) and bundles the benchmarks into dist-bench/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

if (!existsSync(path.join(root, 'dist', 'index.html')) || !existsSync(path.join(root, 'dist-electron', 'serve.mjs'))) {
  process.stderr.write('No build yet: running npm run build first.\n');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await build({
  absWorkingDir: root,
  entryPoints: ['tests/bench/main.ts'],
  outfile: 'dist-bench/bench.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // The services run under plain Node, exactly as browser mode runs them.
  alias: { electron: './electron/browser-mode/no-electron.ts' },
  // Playwright stays a normal dependency: it finds its own files at run time.
  external: ['playwright-core'],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});

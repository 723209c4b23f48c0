// Builds what the benchmarks measure (always: a stale dist/ would measure old code) and bundles the benchmarks into dist-bench/.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);

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

// The whole suite: type-check, lint, build, every Vitest project; ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every step runs in this checkout, named explicitly: a run once picked up another checkout's Vite config.
const root = fileURLToPath(new URL('..', import.meta.url));

let passed = 0;
let failed = 0;

function step(name, command, args) {
  process.stdout.write(`\n== ${name}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, cwd: root });
  return result.status === 0;
}

function check(name, command, args) {
  if (step(name, command, args)) passed += 1;
  else {
    failed += 1;
    process.stdout.write(`FAILED: ${name}\n`);
  }
}

mkdirSync(join(root, 'reports'), { recursive: true });
check('type-check (each layer with only its own platform types, then everything)', 'npm', ['run', 'typecheck', '--silent']);
check('lint (layer import rules, rules of hooks)', 'npm', ['run', 'lint', '--silent']);
check('electronegativity (every finding explained in the code)', 'node', ['tests/security/check-electronegativity.mjs']);
const built = step('build', 'npm', ['run', 'build', '--silent']);
if (!built) {
  failed += 1;
  process.stdout.write('FAILED: build (the end-to-end suites need it)\n');
}

const vitestReport = join(root, 'reports/vitest.json');
step('vitest', 'npx', [
  'vitest',
  'run',
  `--config=${join(root, 'vite.config.ts')}`,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
try {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numTotalTests === 0 || !report.success) {
    if (report.numFailedTests === 0) failed += 1;
    process.stdout.write('FAILED: vitest did not succeed (a suite failed to load or no tests ran)\n');
  }
} catch (error) {
  failed += 1;
  process.stdout.write(`FAILED: no Vitest report (${error.message})\n`);
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);

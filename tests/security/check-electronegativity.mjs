// Runs electronegativity on the main-process and preload sources and fails on any finding that
// is not explained in the code. Convention: a comment `electronegativity-ok: CHECK_NAME reason`
// on the flagged line or up to EXPLAIN_WINDOW lines above it; a global finding (no file) is
// explained by such a comment anywhere in the scanned sources.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

// Arguments (for the checker's own test): the folder to scan and the report to write.
const SCANNED = process.argv[2] ?? 'electron';
// SARIF, not CSV: electronegativity 1.10.3 writes its CSV header over the first finding's row.
const REPORT = process.argv[3] ?? 'reports/electronegativity.sarif';
const EXPLAIN_WINDOW = 6;

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|js|cjs|mjs)$/.test(name) ? [full] : [];
  });
}

function explanation(check, lines, index) {
  const marker = `electronegativity-ok: ${check}`;
  for (let i = Math.max(0, index - EXPLAIN_WINDOW); i <= index && i < lines.length; i += 1) {
    const at = lines[i].indexOf(marker);
    if (at >= 0) return lines[i].slice(at + marker.length).trim();
  }
  return null;
}

mkdirSync(path.dirname(REPORT), { recursive: true });
rmSync(REPORT, { force: true });
const run = spawnSync(
  'npx',
  ['electronegativity', '-i', SCANNED, '-e', '45.4.1', '-x', 'AvailableSecurityFixesGlobalCheck', '-o', REPORT],
  { encoding: 'utf8' },
);
if (!existsSync(REPORT)) {
  process.stdout.write(`electronegativity did not write ${REPORT}:\n${run.stdout}\n${run.stderr}\n`);
  process.exit(1);
}

const rows = JSON.parse(readFileSync(REPORT, 'utf8')).runs.flatMap((run) =>
  run.results.map((result) => {
    const where = result.locations?.[0]?.physicalLocation;
    const uri = where?.artifactLocation?.uri ?? 'file:///';
    // Global checks carry no file: their location is "file:///".
    const filename = uri === 'file:///' ? 'N/A' : uri.replace(/^file:\/\//, '');
    return [result.ruleId, result.level, '', filename, `${where?.region?.startLine ?? 0}:${where?.region?.startColumn ?? 0}`];
  }),
);
const sources = sourceFiles(SCANNED).map((file) => ({ file: path.resolve(file), lines: readFileSync(file, 'utf8').split('\n') }));
let unexplained = 0;
for (const [check, severity, , filename, location] of rows) {
  let why = null;
  if (filename === 'N/A') {
    for (const source of sources) {
      why ??= source.lines.map((_, index) => explanation(check, source.lines, index)).find((found) => found) ?? null;
    }
  } else {
    const source = sources.find((candidate) => candidate.file === path.resolve(filename));
    const line = Number(location.split(':')[0]) - 1;
    why = source ? explanation(check, source.lines, line) : null;
  }
  const where = filename === 'N/A' ? 'global' : `${path.relative(process.cwd(), filename)}:${location}`;
  if (why) process.stdout.write(`explained  ${check} (${severity}) at ${where}: ${why}\n`);
  else {
    unexplained += 1;
    process.stdout.write(`UNEXPLAINED ${check} (${severity}) at ${where}\n`);
  }
}
process.stdout.write(`electronegativity: ${rows.length} findings, ${unexplained} unexplained (report: ${REPORT})\n`);
process.exit(unexplained === 0 ? 0 : 1);

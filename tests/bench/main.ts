// `npm run bench`: runs every benchmark, prints the table, writes reports/bench.json. Not a test: it never fails on slow numbers.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumExecutable } from '../../electron/browser-mode/chromium';
import { invokeChannelNames } from '../../shared/contract/channels';
import type { BenchContext } from './framework';
import { benchmarks } from './registry';
import { collectFigures, comparisons, formatTable, type Meta } from './report';
import { runModules } from './run';

// This file runs bundled as dist-bench/bench.mjs, one level below the repository root.
const root = fileURLToPath(new URL('..', import.meta.url));
const chromiumPath = chromiumExecutable();

function chromiumVersion(): string {
  try {
    const output = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return output.match(/\d+(\.\d+)+/)?.[0] ?? output.trim();
  } catch {
    return 'unavailable';
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const only = values.only?.split(',').map((id) => id.trim());
  const unknown = only?.filter((id) => !benchmarks.some((module) => module.id === id)) ?? [];
  if (unknown.length > 0) {
    process.stderr.write(`No benchmark called ${unknown.join(', ')}. There are: ${benchmarks.map((module) => module.id).join(', ')}.\n`);
    return 2;
  }
  const selected = benchmarks.filter((module) => !only || only.includes(module.id));
  const context: BenchContext = { root, chromiumPath, log: (line) => process.stderr.write(`${line}\n`) };

  const startedAt = new Date();
  const loadBefore = os.loadavg();
  const outcomes = await runModules(selected, context, invokeChannelNames);
  const figures = collectFigures(outcomes);

  const meta: Meta = {
    date: startedAt.toISOString(),
    node: process.version,
    chromium: chromiumVersion(),
    repetitions: Object.fromEntries(outcomes.flatMap((o) => (o.status === 'ran' ? [[o.module.id, o.result.repetitions]] : []))),
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    loadavg_1min: { before: loadBefore[0], after: os.loadavg()[0] },
    seconds: Object.fromEntries(outcomes.flatMap((o) => (o.status === 'not-yet' ? [] : [[o.module.id, Math.round(o.seconds)]]))),
    details: Object.fromEntries(outcomes.flatMap((o) => (o.status === 'ran' && o.result.details ? [[o.module.id, o.result.details]] : []))),
    failed: Object.fromEntries(outcomes.flatMap((o) => (o.status === 'failed' ? [[o.module.id, o.reason]] : []))),
  };
  const reportPath = path.join(root, 'reports', 'bench.json');
  mkdirSync(path.dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, `${JSON.stringify({ ...figures, meta }, null, 2)}\n`);

  const shown = new Set(selected.flatMap((module) => module.figures));
  const table = formatTable(figures, outcomes, (spec) => !only || shown.has(spec.name));
  process.stdout.write(`\nStillpoint benchmarks, ${meta.date} (Node ${meta.node}, Chromium ${meta.chromium})\n\n${table}\n\n`);
  for (const line of comparisons(figures)) process.stdout.write(`${line}\n`);
  process.stdout.write(`\nWritten to ${path.relative(process.cwd(), reportPath) || reportPath}\n`);
  // Slow numbers never fail the run; a benchmark that could not run at all does.
  return outcomes.some((outcome) => outcome.status === 'failed') ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`The benchmarks could not run: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);

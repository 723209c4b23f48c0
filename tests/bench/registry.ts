import { clientSearchBenchmark } from './client-search';
import { cueElsewhereBenchmark } from './cue-elsewhere';
import { cuesBenchmark } from './cues';
import type { BenchModule } from './framework';
import { handoutBenchmark } from './handout';
import { historyBenchmark } from './history';
import { runningCostBenchmark } from './running-cost';
import { startupBenchmark } from './startup';
import { storeBenchmark } from './store';
import { writesBenchmark } from './writes';

/**
 * Every benchmark `npm run bench` runs, in order. A new benchmark is one file
 * exporting a BenchModule and one line here; figures.ts lists every figure,
 * so a figure whose feature has not landed shows as "not yet".
 */
export const benchmarks: readonly BenchModule[] = [
  cuesBenchmark,
  cueElsewhereBenchmark,
  writesBenchmark,
  storeBenchmark,
  startupBenchmark,
  historyBenchmark,
  clientSearchBenchmark,
  handoutBenchmark,
  runningCostBenchmark,
];

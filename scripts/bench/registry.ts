import { cuesBenchmark } from './cues';
import { writesBenchmark } from './writes';
import type { BenchModule } from './framework';

/** Every benchmark `npm run bench` runs, in order. A new benchmark is one file and one line here. */
export const benchmarks: readonly BenchModule[] = [cuesBenchmark, writesBenchmark];

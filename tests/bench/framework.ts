/** Figure name → number, exactly as they go into reports/bench.json. */
export type Figures = Record<string, number>;

export interface BenchContext {
  /** The repository root. */
  root: string;
  /** Chromium to drive (Debian's by default). */
  chromiumPath: string;
  /** One progress line on stderr, so the table on stdout stays clean. */
  log(line: string): void;
}

export interface BenchResult {
  figures: Figures;
  /** How many samples stand behind the figures (goes to meta.repetitions). */
  repetitions: number;
  /** Anything worth keeping beside the figures: method notes, supporting numbers (goes to meta.details). */
  details?: Record<string, unknown>;
}

/**
 * One benchmark. Adding a benchmark is one file exporting a BenchModule plus
 * one line in registry.ts; its figures must be listed in figures.ts.
 */
export interface BenchModule {
  id: string;
  title: string;
  /** The figures it reports (names from figures.ts). */
  figures: readonly string[];
  /**
   * Contract channels the benchmark drives. If one is missing from the
   * contract, the feature has not landed: the figures are left out and the
   * table says "not yet".
   */
  needsChannels?: readonly string[];
  run(context: BenchContext): Promise<BenchResult>;
}

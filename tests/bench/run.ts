import type { BenchContext, BenchModule, BenchResult } from './framework';

export type Outcome =
  | { module: BenchModule; status: 'ran'; result: BenchResult; seconds: number }
  | { module: BenchModule; status: 'not-yet'; reason: string }
  | { module: BenchModule; status: 'failed'; reason: string; seconds: number };

/**
 * Runs the modules one after another (never in parallel: they would load
 * each other). A module whose channels are missing from the contract is
 * skipped; one that throws is reported, and the others still run.
 */
export async function runModules(
  modules: readonly BenchModule[],
  context: BenchContext,
  channels: readonly string[],
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const module of modules) {
    const missing = (module.needsChannels ?? []).filter((channel) => !channels.includes(channel));
    if (missing.length > 0) {
      outcomes.push({ module, status: 'not-yet', reason: `needs ${missing.join(', ')}` });
      continue;
    }
    const started = performance.now();
    try {
      const result = await module.run(context);
      const extra = Object.keys(result.figures).filter((name) => !module.figures.includes(name));
      const absent = module.figures.filter((name) => !(name in result.figures));
      if (extra.length > 0 || absent.length > 0) {
        throw new Error(`reported ${Object.keys(result.figures).join(', ')} instead of ${module.figures.join(', ')}`);
      }
      outcomes.push({ module, status: 'ran', result, seconds: (performance.now() - started) / 1000 });
    } catch (error) {
      const reason = (error as Error).message;
      context.log(`${module.id}: failed: ${reason}`);
      outcomes.push({ module, status: 'failed', reason, seconds: (performance.now() - started) / 1000 });
    }
  }
  return outcomes;
}

import { describe, expect, it } from 'vitest';
import type { BenchContext, BenchModule } from './framework';
import { collectFigures, comparisons, formatTable } from './report';
import { runModules } from './run';
import { benchmarks } from './registry';
import { figureCatalogue } from './figures';

const context: BenchContext = { root: '/nowhere', chromiumPath: '/nowhere', log: () => undefined };

function module(overrides: Partial<BenchModule>): BenchModule {
  return { id: 'm', title: 'M', figures: ['cue_drift_ms'], run: async () => ({ figures: { cue_drift_ms: 3 }, repetitions: 1 }), ...overrides };
}

describe('running the benchmark registry', () => {
  it('skips a benchmark whose channels are not in the contract, and leaves its figures out', async () => {
    let ran = false;
    const waiting = module({
      figures: ['handout_pdf_ms'],
      needsChannels: ['handout.save'],
      run: async () => {
        ran = true;
        return { figures: { handout_pdf_ms: 1 }, repetitions: 1 };
      },
    });
    const outcomes = await runModules([waiting], context, ['session.start']);
    expect(ran).toBe(false);
    expect(outcomes[0]).toMatchObject({ status: 'not-yet', reason: 'needs handout.save' });
    expect(collectFigures(outcomes)).toEqual({});
    expect(formatTable({}, outcomes, () => true)).toMatch(/handout_pdf_ms .*not yet .*needs handout.save/);
  });

  it('says "not yet" for figures no benchmark measures, rather than a number', async () => {
    const outcomes = await runModules([module({})], context, []);
    const figures = collectFigures(outcomes);
    expect(figures).toEqual({ cue_drift_ms: 3 });
    const table = formatTable(figures, outcomes, () => true);
    expect(table).toMatch(/cue_drift_ms .*3\.00 ms .*met/);
    expect(table).toMatch(/client_search_10000_ms .*not yet .*no benchmark measures it/);
  });

  it('reports a benchmark that throws, keeps running the others, and invents nothing', async () => {
    const broken = module({ id: 'broken', figures: ['cue_lateness_p99_ms'], run: async () => Promise.reject(new Error('no Chromium')) });
    const outcomes = await runModules([broken, module({})], context, []);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['failed', 'ran']);
    expect(collectFigures(outcomes)).toEqual({ cue_drift_ms: 3 });
    expect(formatTable(collectFigures(outcomes), outcomes, () => true)).toMatch(/cue_lateness_p99_ms .*failed .*no Chromium/);
  });

  it('rejects a benchmark that reports figures other than the ones it declares', async () => {
    const sloppy = module({ run: async () => ({ figures: { cue_drift_ms: 1, made_up_ms: 2 }, repetitions: 1 }) });
    const [outcome] = await runModules([sloppy], context, []);
    expect(outcome?.status).toBe('failed');
  });

  it('judges goals, including the flatness of writes and the naive countdown beside ours', () => {
    const figures = { log_write_p95_ms_10: 2, log_write_p95_ms_10000: 4, cue_drift_ms: 1, naive_drift_ms: 900 };
    expect(comparisons(figures).join('\n')).toMatch(/ratio 2\.00 \(goal ≤ 1\.5\): MISSED/);
    expect(comparisons(figures).join('\n')).toMatch(/ours off by 1\.0 ms, the naive countdown by 900 ms/);
  });

  it('registers only figures the catalogue knows, each measured by one benchmark', () => {
    const names = benchmarks.flatMap((each) => each.figures);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(figureCatalogue.map((spec) => spec.name)).toContain(name);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { careBackend, someClient } from '../../helpers/backend';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const APPENDS = 300;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe('pressure log write latency', () => {
  it(`appends ${APPENDS} entries to a real session file, each written before the reply`, async () => {
    const clock = new ManualClock(T0);
    const { call } = careBackend(tempDir(), clock);
    const client = await call('clients.create', { fields: someClient });
    const { id: sessionId } = await call('session.start', { planId: 'default-60', clientId: client.id });
    clock.advance(10 * MIN);
    await call('session.command', { sessionId, command: { type: 'jump', phaseIndex: 3 } });

    const took: number[] = [];
    for (let i = 0; i < APPENDS; i += 1) {
      clock.advance(1000);
      const started = performance.now();
      await call('pressure.log', { sessionId, region: 'lower-back', technique: 'friction', level: 1 + (i % 10), response: 'just-right' });
      took.push(performance.now() - started);
    }
    const sorted = [...took].sort((a, b) => a - b);
    const figures = { appends: APPENDS, medianMs: +percentile(sorted, 50).toFixed(2), p95Ms: +percentile(sorted, 95).toFixed(2), maxMs: +sorted.at(-1)!.toFixed(2) };
    mkdirSync('reports', { recursive: true });
    writeFileSync('reports/pressure-log-latency.json', `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`pressure.log append latency: ${JSON.stringify(figures)}`);
    // One key press must be acknowledged well within a glance; a slow disk would show here.
    expect(figures.p95Ms).toBeLessThan(500);
  }, 60_000);
});

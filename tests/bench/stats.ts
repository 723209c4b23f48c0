/** Order statistics for benchmark samples (linear interpolation between ranks, like numpy's default). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('A percentile needs at least one sample.');
  if (p < 0 || p > 100) throw new Error(`A percentile lies between 0 and 100, not ${p}.`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (rank - below);
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Rounds a figure for the report: two decimals are plenty on a noisy machine. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

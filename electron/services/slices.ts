import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long work written as a generator that yields between small steps (one file
 * each), so it can run in slices on the loop that owns the cue timer, giving
 * the loop back every few milliseconds, or all at once where it must finish
 * before anything else happens (the backup before a migration).
 */
export type Steps<T> = Generator<void, T, void>;

/** Longest a slice keeps the loop; the goal is no stall over 50 ms. */
export const SLICE_MS = 8;

export async function runSliced<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  for (;;) {
    const started = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - started >= sliceMs) break;
    }
    await nextTurn();
  }
}

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

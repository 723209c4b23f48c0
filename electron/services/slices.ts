import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long work written as a generator that yields between small steps (one file
 * each), so it can run in slices on the loop that owns the cue timer, giving
 * the loop back every few milliseconds, or all at once where it must finish
 * before anything else happens (the backup before a migration). A step may
 * yield a promise (a write whose fsync would hold the loop): run in slices,
 * the next step waits for it off the loop.
 */
export type Steps<T> = Generator<void | Promise<unknown>, T, void>;

/** Longest a slice keeps the loop; the goal is no stall over 50 ms. */
export const SLICE_MS = 8;

export async function runSliced<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  for (;;) {
    const started = performance.now();
    let waitFor: unknown;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (step.value instanceof Promise) {
        waitFor = step.value;
        break;
      }
      if (performance.now() - started >= sliceMs) break;
    }
    await (waitFor ?? nextTurn());
  }
}

/** Runs every step at once; steps written for it do their writes synchronously and yield no promise. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value instanceof Promise) throw new Error('A step meant for slices was run all at once.');
  }
}

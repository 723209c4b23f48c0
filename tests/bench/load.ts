import { between } from './random';

export interface LoadOptions {
  /** Length of one block of synchronous work, in ms. */
  blockMs: [number, number];
  /** Idle time between two blocks, in ms. */
  gapMs: [number, number];
}

/** Holds the event loop for `ms` milliseconds, as a long synchronous task in the main process would. */
export function busyWait(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Spinning is the point: nothing else on this thread may run meanwhile.
  }
}

/**
 * Keeps the event loop busy with blocks of synchronous work at random
 * intervals. Returns a stop function and the total time it held the loop.
 */
export function startLoad(random: () => number, options: LoadOptions): { stop(): { busyMs: number; blocks: number } } {
  let busyMs = 0;
  let blocks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    timer = setTimeout(() => {
      const ms = between(random, options.blockMs[0], options.blockMs[1]);
      busyWait(ms);
      busyMs += ms;
      blocks += 1;
      schedule();
    }, between(random, options.gapMs[0], options.gapMs[1]));
  };
  schedule();
  return {
    stop() {
      clearTimeout(timer);
      return { busyMs, blocks };
    },
  };
}

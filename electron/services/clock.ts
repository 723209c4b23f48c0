/** Time as the services see it: injected so tests can run a 90-minute session in milliseconds. */
export interface Clock {
  now(): number;
  /** Calls `fire` at (not before) the instant `at`; returns a cancel function. */
  setTimer(at: number, fire: () => void): () => void;
}

/** setTimeout drifts and may wake early; this re-checks the wall clock and sleeps again if needed. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(at, fire) {
    let handle: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const wait = (): void => {
      const delay = at - Date.now();
      if (delay <= 0) {
        if (!cancelled) fire();
        return;
      }
      // Node caps a single timeout at about 24.8 days; longer waits are chained.
      handle = setTimeout(wait, Math.min(delay, 2 ** 31 - 1));
    };
    wait();
    return () => {
      cancelled = true;
      if (handle) clearTimeout(handle);
    };
  },
};

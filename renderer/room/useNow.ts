import { useEffect, useState } from 'react';

/**
 * The wall clock, refreshed a few times a second only to repaint. Nothing is
 * counted here: every figure on screen is derived from the events and `now`.
 */
export function useNow(refreshMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = (): void => {
      timer = setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, refreshMs - (Date.now() % refreshMs));
    };
    schedule();
    return () => clearTimeout(timer);
  }, [refreshMs]);
  return now;
}

import { useSyncExternalStore } from 'react';

/** Midnight at the start of today, local time. */
function startOfToday(): number {
  const day = new Date();
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** Tells React once the date has turned, at each midnight. */
function subscribe(onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const schedule = (): void => {
    const tomorrow = new Date(startOfToday());
    tomorrow.setDate(tomorrow.getDate() + 1);
    timer = setTimeout(() => {
      onChange();
      schedule();
    }, tomorrow.getTime() - Date.now());
  };
  schedule();
  return () => clearTimeout(timer);
}

/**
 * Today, for phrases such as "Room 2, 14:05" (today) or "Room 2, 3 Nov, 14:05": they change with the
 * date, not each render, so the clock is read outside rendering and the screen redraws at midnight.
 */
export function useToday(): number {
  return useSyncExternalStore(subscribe, startOfToday);
}

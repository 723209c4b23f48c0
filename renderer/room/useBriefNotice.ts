import { useEffect, useState } from 'react';

/** Long enough to read from across the room, short enough to be gone before the next glance. */
export const THEME_NOTICE_MS = 4_000;

/** Whether a brief notice is showing, and the way to show it (again): each call shows it for the full time. */
export function useBriefNotice(ms: number = THEME_NOTICE_MS): [boolean, () => void] {
  const [shownAt, setShownAt] = useState<number | null>(null);
  useEffect(() => {
    if (shownAt === null) return undefined;
    const timer = setTimeout(() => setShownAt(null), ms);
    return () => clearTimeout(timer);
  }, [shownAt, ms]);
  return [shownAt !== null, () => setShownAt((before) => (before ?? 0) + 1)];
}

import { useEffect, useState } from 'react';
import type { Theme } from '../../shared/settings/room-settings';

const darkQuery = '(prefers-color-scheme: dark)';

/** The theme to draw: 'system' follows the computer's dark mode, live, as it changes. */
export function useShownTheme(theme: Theme): Exclude<Theme, 'system'> {
  const [prefersDark, setPrefersDark] = useState(() => matchMedia(darkQuery).matches);
  useEffect(() => {
    const query = matchMedia(darkQuery);
    const changed = (): void => setPrefersDark(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  if (theme !== 'system') return theme;
  return prefersDark ? 'dark' : 'light';
}

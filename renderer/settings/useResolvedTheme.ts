import { useEffect, useState } from 'react';
import type { Theme } from '../../shared/settings/room-settings';

const lightQuery = '(prefers-color-scheme: light)';

/** The theme to draw: "system" follows the OS's dark or light setting, and changes with it. */
export function useResolvedTheme(theme: Theme): Exclude<Theme, 'system'> {
  const [prefersLight, setPrefersLight] = useState(() => matchMedia(lightQuery).matches);
  useEffect(() => {
    const query = matchMedia(lightQuery);
    const changed = (): void => setPrefersLight(query.matches);
    changed();
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  if (theme !== 'system') return theme;
  return prefersLight ? 'light' : 'dark';
}

import { createContext, useContext } from 'react';

/** Which record a screen opens on, when another screen sends the therapist there. */
export interface NavigationParams {
  sessionId?: string;
  clientId?: string;
}

export type Navigate = (viewId: string, params?: NavigationParams) => void;

export const NavigationContext = createContext<Navigate | null>(null);

/** Moves to another screen of the shell; null where there is no shell (the mini window). */
export function useNavigate(): Navigate | null {
  return useContext(NavigationContext);
}

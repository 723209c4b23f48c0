import { createContext, useContext, useEffect, useRef } from 'react';

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

/** Whose typing would be lost if the screen were left now ("Ana Ruiz", "the handout for Ana Ruiz"), or null. */
export type LeaveCheck = () => string | null;

export const LeaveCheckContext = createContext<((check: LeaveCheck | null) => void) | null>(null);

/** While the screen is shown, a move to another screen first asks about what `check` names. */
export function useLeaveCheck(check: LeaveCheck): void {
  const register = useContext(LeaveCheckContext);
  const latest = useRef(check);
  useEffect(() => {
    latest.current = check;
  });
  useEffect(() => {
    register?.(() => latest.current());
    return () => register?.(null);
  }, [register]);
}

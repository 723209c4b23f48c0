import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { createSessionStore, type SessionSnapshot, type SessionStore } from './session-store';

const SessionStoreContext = createContext<SessionStore | null>(null);

/** One session store per window, connected to the back end's pushes while mounted. */
export function SessionStoreProvider({ children }: { children: ReactNode }) {
  const bridge = useBridge();
  const [store] = useState(() => createSessionStore(bridge));
  useEffect(() => store.connect(), [store]);
  return <SessionStoreContext.Provider value={store}>{children}</SessionStoreContext.Provider>;
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionStoreContext);
  if (!store) throw new Error('useSessionStore needs a SessionStoreProvider above it.');
  return store;
}

/** The current session, re-rendering only when the store takes a newer copy. */
export function useCurrentSession(): SessionSnapshot {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

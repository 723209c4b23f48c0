import { createContext, useContext, type ReactNode } from 'react';
import type { StillpointBridge } from '../../shared/contract/channels';

const BridgeContext = createContext<StillpointBridge | null>(null);

/** Hands the bridge to every hook below: the real one in the app, a fake in component tests. */
export function BridgeProvider({ bridge, children }: { bridge: StillpointBridge; children: ReactNode }) {
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
}

export function useBridge(): StillpointBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge needs a BridgeProvider above it.');
  return bridge;
}

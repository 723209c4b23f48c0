import { useCallback, useEffect, useState } from 'react';
import type { SyncthingStatus } from '../../shared/contract/syncthing-channels';
import { useBridge } from '../bridge/BridgeContext';

/** This folder's state in the local Syncthing: asked once, then kept fresh by the back end's pushes. */
export function useSyncthingStatus() {
  const bridge = useBridge();
  const [status, setStatus] = useState<SyncthingStatus | null>(null);
  useEffect(() => {
    let live = true;
    const off = bridge.subscribe('syncthing.changed', setStatus);
    bridge.invoke('syncthing.status', {}).then(
      (first) => live && setStatus(first),
      () => undefined,
    );
    return () => {
      live = false;
      off();
    };
  }, [bridge]);
  const connect = useCallback((address: string, apiKey: string) => bridge.invoke('syncthing.connect', { address, apiKey }).then(setStatus), [bridge]);
  const forget = useCallback(() => bridge.invoke('syncthing.forget', {}).then(setStatus), [bridge]);
  return { status, connect, forget };
}

import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '../../shared/contract/channels';
import { useBridge } from '../bridge/BridgeContext';
import { firstLoad } from '../bridge/start-answer';

export type DataStatus = ResponseOf<'data.status'>;

/** The data folder's health, kept fresh by the back end's pushes (damaged records, disk trouble). */
export function useDataStatus(): { status: DataStatus | null; refresh(): void } {
  const bridge = useBridge();
  const [status, setStatus] = useState<DataStatus | null>(null);
  const refresh = useCallback(() => {
    firstLoad(bridge, 'data', () => bridge.invoke('data.status', {})).then(setStatus, () => undefined);
  }, [bridge]);
  useEffect(() => {
    refresh();
    const offDamaged = bridge.subscribe('data.damaged', refresh);
    const offDisk = bridge.subscribe('data.disk', (disk) => setStatus((current) => (current ? { ...current, disk } : current)));
    return () => {
      offDamaged();
      offDisk();
    };
  }, [bridge, refresh]);
  return { status, refresh };
}

import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '../../shared/contract/channels';
import { bridge } from '../bridge/bridge';
import { firstLoad } from '../bridge/start-answer';

export type DataStatus = ResponseOf<'data.status'>;

/** The data folder's health, kept fresh by the back end's pushes (damaged records, disk trouble, encryption changed by another room). */
export function useDataStatus(): { status: DataStatus | null; refresh(): void } {
  const [status, setStatus] = useState<DataStatus | null>(null);
  const refresh = useCallback(() => {
    firstLoad(bridge, 'data', () => bridge.invoke('data.status', {})).then(setStatus, () => undefined);
  }, []);
  useEffect(() => {
    refresh();
    const offDamaged = bridge.subscribe('data.damaged', refresh);
    const offDisk = bridge.subscribe('data.disk', (disk) => setStatus((current) => (current ? { ...current, disk } : current)));
    const offEncryption = bridge.subscribe('data.encryption', (encryption) => setStatus((current) => (current ? { ...current, encryption } : current)));
    return () => {
      offDamaged();
      offDisk();
      offEncryption();
    };
  }, [refresh]);
  return { status, refresh };
}

import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '../../shared/contract/channels';
import { useBridge } from '../bridge/BridgeContext';
import { firstLoad, startedPart } from '../bridge/start-answer';

export type DataStatus = ResponseOf<'data.status'>;

/** The data folder's health, kept fresh by the back end's pushes (damaged records, disk trouble, encryption changed by another room, the move to a new layout). */
export function useDataStatus(): { status: DataStatus | null; refresh(): void } {
  const bridge = useBridge();
  const [status, setStatus] = useState<DataStatus | null>(() => startedPart(bridge, 'data') ?? null);
  const refresh = useCallback(() => {
    firstLoad(bridge, 'data', () => bridge.invoke('data.status', {})).then(setStatus, () => undefined);
  }, [bridge]);
  useEffect(() => {
    refresh();
    const offDamaged = bridge.subscribe('data.damaged', refresh);
    const offDisk = bridge.subscribe('data.disk', (disk) => setStatus((current) => (current ? { ...current, disk } : current)));
    // The last report has every file done: the move is over.
    const offMigration = bridge.subscribe('data.migration', (progress) =>
      setStatus((current) => (current ? { ...current, migration: progress.done < progress.total ? progress : null } : current)),
    );
    const offEncryption = bridge.subscribe('data.encryption', (encryption) => setStatus((current) => (current ? { ...current, encryption } : current)));
    return () => {
      offDamaged();
      offDisk();
      offMigration();
      offEncryption();
    };
  }, [bridge, refresh]);
  return { status, refresh };
}

import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../shared/contract/channels';
import { useBridge } from '../bridge/BridgeContext';
import { useChangeCount } from './useRecordChanges';

export type TwoVersionsWaiting = ResponseOf<'sync.twoVersions'>;

const none: TwoVersionsWaiting = { plans: [], templates: [], clinic: false };

/**
 * Which plans, templates and clinic header have two versions waiting to be
 * settled, asked again whenever a conflict copy arrives or goes (here or in
 * another room) and whenever `settled` goes up.
 */
export function useTwoVersions(settled = 0): TwoVersionsWaiting {
  const bridge = useBridge();
  const [waiting, setWaiting] = useState<TwoVersionsWaiting>(none);
  const arrived = useChangeCount(['plan', 'template', 'clinic'], (change) => change.conflictCopy);
  useEffect(() => {
    let current = true;
    // A screen that cannot tell shows no marks rather than an error: the records themselves still load.
    bridge.invoke('sync.twoVersions', {}).then(
      (answer) => current && setWaiting(answer),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [bridge, arrived, settled]);
  return waiting;
}

import { useEffect, useEffectEvent, useState } from 'react';
import type { PushOf } from '../../shared/contract/channels';
import type { RecordKind } from '../../shared/sync/record-kinds';
import { useBridge } from '../bridge/BridgeContext';

export type RecordChange = PushOf<'records.changed'>;

/**
 * Calls `onChange` whenever a record of one of these kinds arrives or changes
 * from elsewhere (another room, through the sync engine), so the screen can
 * fetch it again. The app's own writes are never announced.
 */
export function useRecordChanges(kinds: readonly RecordKind[], onChange: (change: RecordChange) => void): void {
  const bridge = useBridge();
  // Sees what the screen last drew: a change arriving right after a render (before its effects ran) is not
  // handled with the render before it (the Plans screen then thought no plan was open and missed the arrival).
  const handle = useEffectEvent(onChange);
  const key = kinds.join(' ');
  useEffect(() => {
    const wanted = new Set(key.split(' '));
    return bridge.subscribe('records.changed', (change) => {
      if (wanted.has(change.kind)) handle(change);
    });
  }, [bridge, key]);
}

/** Goes up each time a matching record changes elsewhere: a dependency that makes a fetch run again. */
export function useChangeCount(kinds: readonly RecordKind[], matches: (change: RecordChange) => boolean = () => true): number {
  const [count, setCount] = useState(0);
  useRecordChanges(kinds, (change) => {
    if (matches(change)) setCount((n) => n + 1);
  });
  return count;
}

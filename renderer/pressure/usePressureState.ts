import { useCallback, useEffect, useRef, useState } from 'react';
import type { PressureResponse } from '../../shared/pressure/log';
import {
  afterResponse,
  clampLevel,
  firstSelection,
  nextRegion,
  nextTechnique,
  type PressureSelection,
} from '../../shared/pressure/selection';
import type { RegionId } from '../../shared/body/regions';
import type { TechniqueId } from '../../shared/pressure/techniques';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf } from '../bridge/errors';

/**
 * The current region, technique and level: the last choice stays until
 * changed, and the back end keeps it for the session, so a reload, another
 * screen or a restart of the app opens the log where the therapist left it.
 * The screen always shows the level the next entry will carry.
 */
export function usePressureState(sessionId: string) {
  const bridge = useBridge();
  const [selection, setSelection] = useState<PressureSelection>(firstSelection);
  // Ahead of the render: two keys in one instant build on each other.
  const latest = useRef(selection);
  const [error, setError] = useState<string | null>(null);
  // A key pressed before the stored choice arrives wins over it.
  const changed = useRef(false);

  useEffect(() => {
    let live = true;
    changed.current = false;
    bridge
      .invoke('room.selection.get', { sessionId })
      .then((stored) => {
        if (!live || !stored || changed.current) return;
        latest.current = stored;
        setSelection(stored);
      })
      .catch((reason: unknown) => live && setError(messageOf(reason)));
    return () => {
      live = false;
    };
  }, [bridge, sessionId]);

  const change = useCallback(
    (next: (current: PressureSelection) => PressureSelection) => {
      changed.current = true;
      const updated = next(latest.current);
      latest.current = updated;
      setSelection(updated);
      bridge
        .invoke('room.selection.set', { sessionId, selection: updated })
        .then(() => setError(null))
        .catch((reason: unknown) => setError(`The choice of region and pressure could not be kept: ${messageOf(reason)}`));
    },
    [bridge, sessionId],
  );

  return {
    selection,
    /** What the next entry carries, even before the screen has caught up with the last key. */
    latest: () => latest.current,
    error,
    setRegion: (region: RegionId) => change((current) => ({ ...current, region })),
    setTechnique: (technique: TechniqueId) => change((current) => ({ ...current, technique })),
    setLevel: (level: number) => change((current) => ({ ...current, level: clampLevel(level) })),
    cycleRegion: (step: 1 | -1) => change((current) => nextRegion(current, step)),
    cycleTechnique: (step: 1 | -1) => change((current) => nextTechnique(current, step)),
    followResponse: (response: PressureResponse) => change((current) => afterResponse(current, response)),
  };
}

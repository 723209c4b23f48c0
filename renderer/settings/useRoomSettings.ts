import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { defaultRoomSettings, type RoomSettings } from '../../shared/settings/room-settings';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf } from '../bridge/errors';
import { firstLoad, startedPart } from '../bridge/start-answer';

export interface RoomSettingsControls {
  settings: RoomSettings;
  update(changes: Partial<RoomSettings>): Promise<void>;
  error: string | null;
}

export const RoomSettingsContext = createContext<RoomSettingsControls | null>(null);

/** The window's one copy of the room settings, kept in step across windows by the back end's push. */
export function useRoomSettingsSource(): RoomSettingsControls {
  const bridge = useBridge();
  const [settings, setSettings] = useState<RoomSettings>(() => startedPart(bridge, 'room') ?? defaultRoomSettings);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const off = bridge.subscribe('settings.changed', setSettings);
    firstLoad(bridge, 'room', () => bridge.invoke('settings.get', {}))
      .then(setSettings)
      .catch((reason: unknown) => setError(messageOf(reason)));
    return off;
  }, [bridge]);
  const update = useCallback(
    async (changes: Partial<RoomSettings>) => {
      try {
        setSettings(await bridge.invoke('settings.update', changes));
        setError(null);
      } catch (reason) {
        setError(messageOf(reason));
      }
    },
    [bridge],
  );
  return { settings, update, error };
}

/** The room settings from the RoomSettingsProvider above. */
export function useRoomSettings(): RoomSettingsControls {
  const controls = useContext(RoomSettingsContext);
  if (!controls) throw new Error('useRoomSettings needs a RoomSettingsProvider above it.');
  return controls;
}

import { useCallback, useEffect, useState } from 'react';
import { defaultRoomSettings, type RoomSettings } from '../../shared/settings/room-settings';
import { bridge } from '../bridge/bridge';
import { messageOf } from '../bridge/errors';

export interface RoomSettingsControls {
  settings: RoomSettings;
  update(changes: Partial<RoomSettings>): Promise<void>;
  error: string | null;
}

/** The room's settings as stored, kept in step across windows by the back end's push. */
export function useRoomSettings(): RoomSettingsControls {
  const [settings, setSettings] = useState<RoomSettings>(defaultRoomSettings);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const off = bridge.subscribe('settings.changed', setSettings);
    bridge
      .invoke('settings.get', {})
      .then(setSettings)
      .catch((reason: unknown) => setError(messageOf(reason)));
    return off;
  }, []);
  const update = useCallback(async (changes: Partial<RoomSettings>) => {
    try {
      setSettings(await bridge.invoke('settings.update', changes));
      setError(null);
    } catch (reason) {
      setError(messageOf(reason));
    }
  }, []);
  return { settings, update, error };
}

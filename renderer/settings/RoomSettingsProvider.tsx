import type { ReactNode } from 'react';
import { RoomSettingsContext, useRoomSettingsSource } from './useRoomSettings';

export function RoomSettingsProvider({ children }: { children: ReactNode }) {
  return <RoomSettingsContext.Provider value={useRoomSettingsSource()}>{children}</RoomSettingsContext.Provider>;
}

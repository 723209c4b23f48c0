import { roomSettingsSchema } from '../../shared/contract/settings-channels';
import { defaultRoomSettings, type RoomSettings } from '../../shared/settings/room-settings';
import type { RecordFile } from './record-store';
import type { Storage } from './storage';

/** The room's look and sound, one small file; every window hears about a change. */
export class RoomSettingsService {
  private readonly file: RecordFile<RoomSettings>;
  private readonly listeners = new Set<(settings: RoomSettings) => void>();

  constructor(storage: Storage) {
    this.file = storage.record('.', 'room-settings', roomSettingsSchema);
  }

  get(): RoomSettings {
    return this.file.read() ?? { ...defaultRoomSettings };
  }

  update(changes: Partial<RoomSettings>): RoomSettings {
    // A field given as undefined (possible in-process, never over JSON) leaves the setting as it is.
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const next = { ...this.get(), ...given };
    this.file.write(next);
    for (const listener of this.listeners) listener(next);
    return next;
  }

  onChange(listener: (settings: RoomSettings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

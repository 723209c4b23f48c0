import { useState, type FormEvent } from 'react';
import type { RoomSettingsControls } from './useRoomSettings';

/**
 * This computer's place in a clinic: its room name goes on every session it
 * runs and every shared record it changes, so other rooms see who wrote what.
 */
export function ClinicSection({ settings, update }: Pick<RoomSettingsControls, 'settings' | 'update'>) {
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const roomName = draft ?? settings.roomName ?? '';

  const save = (event: FormEvent): void => {
    event.preventDefault();
    void update({ roomName: roomName.trim() }).then(() => {
      setDraft(null);
      setSaved(roomName.trim() ? `This room is now called ${roomName.trim()}.` : 'This room is now called by the computer’s name.');
    });
  };

  return (
    <form className="settings-view__clinic" aria-labelledby="clinic-title" onSubmit={save}>
      <h2 id="clinic-title">Clinic</h2>
      <label>
        This room’s name, shown on every session and every change it makes (for example “Room 2” or “Front desk”)
        <input value={roomName} maxLength={40} onChange={(event) => setDraft(event.target.value)} />
      </label>
      <button type="submit" className="small-button">
        Save name
      </button>
      <p role="status">{saved}</p>
      <p>
        Several rooms share one data folder through a sync program such as Syncthing. The guide, “A clinic with several rooms”, explains how to
        set it up.
      </p>
    </form>
  );
}

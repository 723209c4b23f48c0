import { themes, type Theme } from '../../shared/settings/room-settings';
import { useAppSettings } from '../welcome/app-settings';
import { ClinicSection } from './ClinicSection';
import { SyncthingSection } from './SyncthingSection';
import { useRoomSettings } from './useRoomSettings';
import { roomKeyLabel } from '../room/keys';

const themeNames: Record<Theme, string> = {
  dark: 'Dark',
  amber: 'Amber, for very dim rooms',
  light: 'Light',
  system: 'System: dark or light, as the computer is set',
};

/** The room's look and sound; changes apply at once in every window. */
export function SettingsView() {
  const { settings, update, error } = useRoomSettings();
  const { showWelcome } = useAppSettings();
  return (
    <section className="settings-view" aria-labelledby="settings-title">
      <h1 id="settings-title">Room settings</h1>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      <fieldset>
        <legend>Theme</legend>
        {themes.map((theme) => (
          <label key={theme} className="check">
            <input type="radio" name="theme" checked={settings.theme === theme} onChange={() => void update({ theme })} />
            {themeNames[theme]}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={settings.silent} onChange={(event) => void update({ silent: event.target.checked })} />
        Silent mode: visual cues only (key {roomKeyLabel.silent})
      </label>
      <label>
        Master volume
        <input type="range" min={0} max={1} step={0.05} value={settings.volume} onChange={(event) => void update({ volume: Number(event.target.value) })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.spokenCues} onChange={(event) => void update({ spokenCues: event.target.checked })} />
        Speak cues aloud (“Integration, 7 minutes”)
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.keepEndTime} onChange={(event) => void update({ keepEndTime: event.target.checked })} />
        Keep the end time: when running over, shorten later phases down to their minimums (applies to sessions started from now on)
      </label>
      <p>Warnings before a phase or the session ends are set per plan, under Plans.</p>
      <ClinicSection settings={settings} update={update} />
      <SyncthingSection />
      <button type="button" className="big-button" onClick={showWelcome}>
        Show the welcome again
      </button>
    </section>
  );
}

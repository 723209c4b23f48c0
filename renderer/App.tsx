import { CueCenter } from './audio/CueCenter';
import { RoomView } from './room/RoomView';
import { SessionStoreProvider } from './session/SessionStoreProvider';
import { RoomSettingsProvider } from './settings/RoomSettingsProvider';
import { AppShell } from './shell/AppShell';

/**
 * The window's stores (session, room settings) and cue handling sit above
 * every screen, so they live as long as the window. `?view=mini` is the
 * compact always-on-top window: the room alone, no navigation, no sound.
 */
export function App() {
  const mini = new URLSearchParams(location.search).get('view') === 'mini';
  return (
    <SessionStoreProvider>
      <RoomSettingsProvider>
        <CueCenter playsSound={!mini}>{mini ? <RoomView mini /> : <AppShell />}</CueCenter>
      </RoomSettingsProvider>
    </SessionStoreProvider>
  );
}

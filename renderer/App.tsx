import { RoomView } from './room/RoomView';
import { AppShell } from './shell/AppShell';

/** `?view=mini` is the compact always-on-top window: the room alone, no navigation. */
export function App() {
  const mini = new URLSearchParams(location.search).get('view') === 'mini';
  return mini ? <RoomView mini /> : <AppShell />;
}

import { AppShell } from './shell/AppShell';

export function App() {
  return <AppShell />;
}

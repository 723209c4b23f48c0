import { useCallback, useEffect, useState } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { DataAlerts } from '../data/DataAlerts';
import { KeysDialog } from '../help/KeysDialog';
import { useCurrentSession } from '../session/SessionStoreProvider';
import { AppSettingsContext, type AppSettingsView } from '../welcome/app-settings';
import { WelcomeDialog } from '../welcome/WelcomeDialog';
import { CueNotice } from './CueNotice';
import { runPrintCommand } from './menu-commands';
import { NavigationContext, type NavigationParams } from './navigation';
import { SessionStrip } from './SessionStrip';
import { views } from './views';

interface Place {
  viewId: string;
  params: NavigationParams;
  /** Bumped on every move, so a screen opened again starts afresh with its new params. */
  visit: number;
}

/** Navigation between the app's screens; the room is always first and the default. */
export function AppShell() {
  const bridge = useBridge();
  const [place, setPlace] = useState<Place>({ viewId: views[0]?.id ?? 'room', params: {}, visit: 0 });
  const [appSettings, setAppSettings] = useState<AppSettingsView | null>(null);
  const [welcomeOpen, setWelcomeOpen] = useState(false);
  const [keysOpen, setKeysOpen] = useState(false);
  const { session } = useCurrentSession();
  const navigate = useCallback(
    (viewId: string, params: NavigationParams = {}) =>
      setPlace((current) =>
        current.viewId === viewId && Object.keys(params).length === 0 ? current : { viewId, params, visit: current.visit + 1 },
      ),
    [],
  );

  useEffect(() => {
    bridge
      .invoke('app.settings.get', {})
      .then((settings) => {
        setAppSettings(settings);
        setWelcomeOpen(settings.showWelcome);
      })
      // Without its settings the app still runs; the welcome simply is not offered.
      .catch(() => undefined);
    return bridge.subscribe('app.menu', ({ command }) => {
      if (command === 'show-keys') setKeysOpen(true);
      else if (command === 'open-guide') navigate('help');
      else if (!runPrintCommand(command)) navigate('handout');
    });
  }, [bridge, navigate]);

  const welcomeDone = (settings: AppSettingsView): void => {
    setAppSettings(settings);
    setWelcomeOpen(false);
    // The plans may have new sounds: every screen reloads what it shows.
    setPlace((current) => ({ ...current, visit: current.visit + 1 }));
  };

  const active = views.find((view) => view.id === place.viewId) ?? views[0];
  // The room shows the session and its cues itself; every other screen gets the strip and the cue's words.
  const away = active?.id !== 'room';
  return (
    <NavigationContext.Provider value={navigate}>
      <AppSettingsContext.Provider value={{ settings: appSettings, showWelcome: () => setWelcomeOpen(true) }}>
        <div className="shell">
          {views.length > 1 ? (
            <nav className="shell__nav" aria-label="Stillpoint">
              {views.map((view) => (
                <button
                  key={view.id}
                  type="button"
                  className="shell__tab"
                  aria-current={view.id === active?.id ? 'page' : undefined}
                  onClick={() => navigate(view.id)}
                >
                  {view.label}
                </button>
              ))}
            </nav>
          ) : null}
          {away && session ? <SessionStrip session={session} onBackToRoom={() => navigate('room')} /> : null}
          {away ? <CueNotice /> : null}
          <DataAlerts />
          <main className="shell__main" key={place.visit}>
            {active?.render(place.params)}
          </main>
          {welcomeOpen && appSettings ? <WelcomeDialog settings={appSettings} onDone={welcomeDone} /> : null}
          {keysOpen ? <KeysDialog onClose={() => setKeysOpen(false)} /> : null}
        </div>
      </AppSettingsContext.Provider>
    </NavigationContext.Provider>
  );
}

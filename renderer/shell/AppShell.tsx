import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { DataAlerts } from '../data/DataAlerts';
import { useCurrentSession } from '../session/SessionStoreProvider';
import { AppSettingsContext, type AppSettingsView } from '../welcome/app-settings';
import { CueNotice } from './CueNotice';
import { runPrintCommand } from './menu-commands';
import { UnsavedChangesDialog } from '../forms/UnsavedChangesDialog';
import { LeaveCheckContext, NavigationContext, type LeaveCheck, type NavigationParams } from './navigation';
import { SessionStrip } from './SessionStrip';
import { useHeadingTakesLostFocus } from './useHeadingTakesLostFocus';
import { views } from './views';
import { firstLoad, startedPart } from '../bridge/start-answer';
import { setComputerLocale } from '../../shared/i18n/clock';

// Shown once, or on demand: fetched when first opened.
const WelcomeDialog = lazy(() => import('../welcome/WelcomeDialog').then((module) => ({ default: module.WelcomeDialog })));
const KeysDialog = lazy(() => import('../help/KeysDialog').then((module) => ({ default: module.KeysDialog })));

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
  const [appSettings, setAppSettings] = useState<AppSettingsView | null>(() => {
    const started = startedPart(bridge, 'app');
    // Before the first frame, so the room's times show in the computer's format from the start.
    if (started) setComputerLocale(started.formatLocale);
    return started ?? null;
  });
  const [welcomeOpen, setWelcomeOpen] = useState(() => appSettings?.showWelcome ?? false);
  const [keysOpen, setKeysOpen] = useState(false);
  // Once the person has closed the welcome, no settings answer still on its way may open it again.
  const welcomeClosed = useRef(false);
  const main = useRef<HTMLElement>(null);
  // The moments focus can be lost: a move to another screen, or a dialog closing over the page.
  useHeadingTakesLostFocus(main, `${place.visit} ${welcomeOpen} ${keysOpen}`);
  const { session } = useCurrentSession();
  const move = useCallback(
    (viewId: string, params: NavigationParams = {}) =>
      setPlace((current) =>
        current.viewId === viewId && Object.keys(params).length === 0 ? current : { viewId, params, visit: current.visit + 1 },
      ),
    [],
  );
  // The shown screen's check on typing not yet saved, and a move held while the person is asked about it.
  const leaveCheck = useRef<LeaveCheck | null>(null);
  const registerLeaveCheck = useCallback((check: LeaveCheck | null) => {
    leaveCheck.current = check;
  }, []);
  const [heldMove, setHeldMove] = useState<{ what: string; go: () => void } | null>(null);
  const viewShown = useRef(place.viewId);
  useEffect(() => {
    viewShown.current = place.viewId;
  }, [place.viewId]);
  const navigate = useCallback(
    (viewId: string, params: NavigationParams = {}) => {
      const staying = viewId === viewShown.current && Object.keys(params).length === 0;
      const what = staying ? null : (leaveCheck.current?.() ?? null);
      if (what) setHeldMove({ what, go: () => move(viewId, params) });
      else move(viewId, params);
    },
    [move],
  );

  useEffect(() => {
    let live = true;
    firstLoad(bridge, 'app', () => bridge.invoke('app.settings.get', {}))
      .then((settings) => {
        setComputerLocale(settings.formatLocale);
        if (!live || welcomeClosed.current) return;
        setAppSettings(settings);
        setWelcomeOpen(settings.showWelcome);
      })
      // Without its settings the app still runs; the welcome simply is not offered.
      .catch(() => undefined);
    const unsubscribe = bridge.subscribe('app.menu', ({ command }) => {
      if (command === 'show-keys') setKeysOpen(true);
      else if (command === 'open-guide') navigate('help');
      else if (!runPrintCommand(command)) navigate('handout');
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [bridge, navigate]);

  const welcomeDone = (settings: AppSettingsView, plansChanged: boolean): void => {
    welcomeClosed.current = true;
    setAppSettings(settings);
    setWelcomeOpen(false);
    // New sounds in the plans: every screen reloads what it shows. Otherwise the room stays as it is, ready for Space.
    if (plansChanged) setPlace((current) => ({ ...current, visit: current.visit + 1 }));
  };

  const active = views.find((view) => view.id === place.viewId) ?? views[0];
  // The room shows the session and its cues itself; every other screen gets the strip and the cue's words.
  const away = active?.id !== 'room';
  return (
    <NavigationContext.Provider value={navigate}>
      <LeaveCheckContext.Provider value={registerLeaveCheck}>
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
          <main className="shell__main" key={place.visit} ref={main}>
            <Suspense fallback={<p role="status">Opening {active?.label}…</p>}>{active?.render(place.params)}</Suspense>
          </main>
          <Suspense fallback={null}>
            {welcomeOpen && appSettings ? <WelcomeDialog settings={appSettings} onDone={welcomeDone} /> : null}
            {keysOpen ? <KeysDialog onClose={() => setKeysOpen(false)} /> : null}
          </Suspense>
          {heldMove ? (
            <UnsavedChangesDialog
              what={heldMove.what}
              onKeep={() => setHeldMove(null)}
              onDiscard={() => {
                setHeldMove(null);
                heldMove.go();
              }}
            />
          ) : null}
        </div>
      </AppSettingsContext.Provider>
      </LeaveCheckContext.Provider>
    </NavigationContext.Provider>
  );
}

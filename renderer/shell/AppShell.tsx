import { useCallback, useState } from 'react';
import { DataAlerts } from '../data/DataAlerts';
import { NavigationContext, type NavigationParams } from './navigation';
import { views } from './views';

interface Place {
  viewId: string;
  params: NavigationParams;
  /** Bumped on every move, so a screen opened again starts afresh with its new params. */
  visit: number;
}

/** Navigation between the app's screens; the room is always first and the default. */
export function AppShell() {
  const [place, setPlace] = useState<Place>({ viewId: views[0]?.id ?? 'room', params: {}, visit: 0 });
  const navigate = useCallback(
    (viewId: string, params: NavigationParams = {}) =>
      setPlace((current) =>
        current.viewId === viewId && Object.keys(params).length === 0 ? current : { viewId, params, visit: current.visit + 1 },
      ),
    [],
  );
  const active = views.find((view) => view.id === place.viewId) ?? views[0];
  return (
    <NavigationContext.Provider value={navigate}>
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
        <DataAlerts />
        <main className="shell__main" key={place.visit}>
          {active?.render(place.params)}
        </main>
      </div>
    </NavigationContext.Provider>
  );
}

import { useState } from 'react';
import { DataAlerts } from '../data/DataAlerts';
import { views } from './views';

/** Navigation between the app's screens; the room is always first and the default. */
export function AppShell() {
  const [activeId, setActiveId] = useState(views[0]?.id ?? 'room');
  const active = views.find((view) => view.id === activeId) ?? views[0];
  return (
    <div className="shell">
      {views.length > 1 ? (
        <nav className="shell__nav" aria-label="Stillpoint">
          {views.map((view) => (
            <button
              key={view.id}
              type="button"
              className="shell__tab"
              aria-current={view.id === active?.id ? 'page' : undefined}
              onClick={() => setActiveId(view.id)}
            >
              {view.label}
            </button>
          ))}
        </nav>
      ) : null}
      <DataAlerts />
      <main className="shell__main">{active?.render()}</main>
    </div>
  );
}

import { RoomScreen } from './room/RoomScreen';
import { StartPanel } from './room/StartPanel';
import { useSession } from './room/useSession';

export function App() {
  const controls = useSession();
  const { session, plans, loaded, error } = controls;

  return (
    <>
      {error ? (
        <div role="alert" className="error-banner">
          {error}
          <button type="button" className="error-banner__close" onClick={controls.clearError}>
            Dismiss
          </button>
        </div>
      ) : null}
      {!loaded ? null : session ? (
        <RoomScreen session={session} controls={controls} />
      ) : (
        <main className="room">
          <StartPanel plans={plans} onStart={(planId) => void controls.start(planId)} />
        </main>
      )}
    </>
  );
}

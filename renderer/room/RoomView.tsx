import { RoomScreen } from './RoomScreen';
import { StartPanel } from './StartPanel';
import { useSession } from './useSession';

/** The treatment-room view: the start panel, or the running session. */
export function RoomView() {
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
        <div className="room">
          <StartPanel plans={plans} onStart={(planId, clientId) => void controls.start(planId, clientId)} />
        </div>
      )}
    </>
  );
}

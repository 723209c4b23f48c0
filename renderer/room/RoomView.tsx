import { useState } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { useResolvedTheme } from '../settings/useResolvedTheme';
import { useRoomSettings } from '../settings/useRoomSettings';
import { RoomScreen } from './RoomScreen';
import { StartPanel } from './StartPanel';
import { useSession } from './useSession';

interface Props {
  /** The always-on-top mini window: compact from the start (its cues are silent, see CueCenter). */
  mini?: boolean;
}

/** The treatment-room view: the start panel, or the running session. */
export function RoomView({ mini = false }: Props) {
  const bridge = useBridge();
  const controls = useSession();
  const room = useRoomSettings();
  const [compact, setCompact] = useState(mini);
  const look = useResolvedTheme(room.settings.theme);
  const { session, plans, loaded, error } = controls;

  /** On the desktop, C opens the mini window; where there is none (browser mode) it compacts this one. */
  async function toggleCompact(): Promise<void> {
    if (mini) return;
    try {
      const answer = await bridge.invoke('room.miniWindow', { open: !compact });
      if (answer.supported) return;
    } catch {
      // Fall back to the compact layout below.
    }
    setCompact((value) => !value);
  }

  return (
    <>
      {error || room.error ? (
        <div role="alert" className="error-banner">
          {error ?? room.error}
          <button type="button" className="error-banner__close" onClick={controls.clearError}>
            Dismiss
          </button>
        </div>
      ) : null}
      {!loaded ? null : session ? (
        <RoomScreen
          session={session}
          controls={controls}
          settings={room.settings}
          updateSettings={(changes) => void room.update(changes)}
          compact={compact}
          onToggleCompact={() => void toggleCompact()}
        />
      ) : (
        <div className={`room room--theme-${look}`}>
          <StartPanel plans={plans} settings={room.settings} onStart={(planId, clientId) => void controls.start(planId, clientId)} />
        </div>
      )}
    </>
  );
}

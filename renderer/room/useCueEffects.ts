import { useEffect, useRef, useState } from 'react';
import type { RoomSettings } from '../../shared/settings/room-settings';
import { soundCue } from '../audio/cue-sound';
import { bridge } from '../bridge/bridge';

export interface CueEffects {
  message: string | null;
  /** Changes with every cue, to restart the slow glow on screen. */
  glow: number;
  dismiss(): void;
}

/**
 * Listens for the cues the back end sends at their instant: plays the sound
 * once (unless silent), shows the words until dismissed, starts a slow glow.
 */
export function useCueEffects(settings: RoomSettings, playSound = true): CueEffects {
  const [message, setMessage] = useState<string | null>(null);
  const [glow, setGlow] = useState(0);
  const current = useRef(settings);
  current.current = settings;
  useEffect(() => {
    const offDue = bridge.subscribe('cue.due', (cue) => {
      if (playSound) soundCue(cue, current.current);
      setMessage(cue.announcement);
      setGlow((n) => n + 1);
    });
    const offMissed = bridge.subscribe('cue.missed', ({ count, latest }) => {
      const cues = count === 1 ? '1 cue' : `${count} cues`;
      setMessage(`${cues} passed while the computer slept. The last: ${latest.announcement}`);
      setGlow((n) => n + 1);
    });
    return () => {
      offDue();
      offMissed();
    };
  }, [playSound]);
  return { message, glow, dismiss: () => setMessage(null) };
}

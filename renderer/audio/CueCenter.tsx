import { createContext, useCallback, useContext, useEffect, useEffectEvent, useMemo, useState, type ReactNode } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { useRoomSettings } from '../settings/useRoomSettings';
import { soundCue } from './cue-sound';

export interface Cues {
  /** The last cue's words, shown on whatever screen is open until dismissed. */
  message: string | null;
  /** Counts every cue this window received, so a screen can tell a new one from one it has already shown. */
  count: number;
  dismiss(): void;
}

const CueContext = createContext<Cues>({ message: null, count: 0, dismiss: () => undefined });

interface Props {
  /** The mini window shows cues but leaves the sound to the main window. */
  playsSound: boolean;
  children: ReactNode;
}

/**
 * Always mounted, whatever screen is open: hears each cue the back end sends
 * at its instant, plays it once as the room settings allow (nothing in silent
 * mode), and keeps its words until dismissed. Screens only read this, so
 * opening one never plays a cue again.
 */
export function CueCenter({ playsSound, children }: Props) {
  const bridge = useBridge();
  const { settings } = useRoomSettings();
  // Played as the settings are at the cue's instant (silent mode set a moment ago applies).
  const play = useEffectEvent((cue: Parameters<typeof soundCue>[0]) => soundCue(cue, settings));
  const [heard, setHeard] = useState({ message: null as string | null, count: 0 });
  useEffect(() => {
    const offDue = bridge.subscribe('cue.due', (cue) => {
      if (playsSound) play(cue);
      setHeard((before) => ({ message: cue.announcement, count: before.count + 1 }));
    });
    const offMissed = bridge.subscribe('cue.missed', ({ count, latest }) => {
      const cues = count === 1 ? '1 cue' : `${count} cues`;
      setHeard((before) => ({ message: `${cues} passed while the computer slept. The last: ${latest.announcement}`, count: before.count + 1 }));
    });
    // A cue belongs to its session: once that is over (finished here or in another window), its words go.
    const offSession = bridge.subscribe('session.changed', ({ session }) => {
      if (!session || session.events.some((event) => event.type === 'finish')) setHeard((before) => (before.message === null ? before : { ...before, message: null }));
    });
    return () => {
      offDue();
      offMissed();
      offSession();
    };
  }, [bridge, playsSound]);
  const dismiss = useCallback(() => setHeard((before) => ({ ...before, message: null })), []);
  const cues = useMemo(() => ({ ...heard, dismiss }), [heard, dismiss]);
  return <CueContext.Provider value={cues}>{children}</CueContext.Provider>;
}

export function useCues(): Cues {
  return useContext(CueContext);
}

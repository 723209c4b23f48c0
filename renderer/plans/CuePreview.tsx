import { useEffect, useRef, useState } from 'react';
import type { Plan } from '../../shared/plans/plan';
import type { RoomSettings } from '../../shared/settings/room-settings';
import { unlockAudio } from '../audio/chime';
import { soundCue } from '../audio/cue-sound';
import { previewSteps } from '../audio/preview';

interface Props {
  plan: Plan;
  settings: Pick<RoomSettings, 'volume' | 'spokenCues'>;
}

/** Plays a plan's cues in about 30 seconds, to choose sounds before a session. */
export function CuePreview({ plan, settings }: Props) {
  const [playing, setPlaying] = useState<string | null>(null);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const stop = (): void => {
    for (const timer of timers.current.splice(0)) clearTimeout(timer);
    setPlaying(null);
  };
  useEffect(() => stop, []);

  function start(): void {
    stop();
    unlockAudio();
    const steps = previewSteps(plan);
    setPlaying('Starting…');
    steps.forEach((step, index) => {
      timers.current.push(
        setTimeout(() => {
          soundCue(step.cue, { silent: false, volume: settings.volume, spokenCues: settings.spokenCues });
          setPlaying(`${index + 1} of ${steps.length}: ${step.cue.announcement}`);
        }, step.atMs),
      );
    });
    timers.current.push(setTimeout(() => setPlaying('Preview finished.'), (steps.at(-1)?.atMs ?? 0) + 2000));
  }

  return (
    <div className="cue-preview">
      <button type="button" className="big-button" onClick={playing && playing !== 'Preview finished.' ? stop : start}>
        {playing && playing !== 'Preview finished.' ? 'Stop preview' : 'Preview cues (30 s)'}
      </button>
      <p className="cue-preview__status" role="status" aria-label="Cue preview">
        {playing ?? ''}
      </p>
    </div>
  );
}

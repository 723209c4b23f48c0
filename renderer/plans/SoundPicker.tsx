import { timbres, type CueSound } from '../../shared/plans/plan';
import { playChime } from '../audio/chime';

interface Props {
  label: string;
  sound: CueSound;
  onChange(sound: CueSound): void;
}

const timbreNames: Record<CueSound['timbre'], string> = {
  bell: 'Bell',
  bowl: 'Singing bowl',
  soft: 'Soft tone',
  wood: 'Wood block',
  none: 'No sound',
};

/** A cue's sound and volume, with a button to hear it. */
export function SoundPicker({ label, sound, onChange }: Props) {
  return (
    <fieldset className="sound-picker">
      <legend>{label}</legend>
      <label>
        Sound
        <select value={sound.timbre} onChange={(event) => onChange({ ...sound, timbre: event.target.value as CueSound['timbre'] })}>
          {timbres.map((timbre) => (
            <option key={timbre} value={timbre}>
              {timbreNames[timbre]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Volume
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={sound.volume}
          onChange={(event) => onChange({ ...sound, volume: Number(event.target.value) })}
        />
      </label>
      <button
        type="button"
        className="small-button"
        aria-label={`Hear ${label.toLowerCase()}`}
        disabled={sound.timbre === 'none'}
        onClick={() => sound.timbre !== 'none' && playChime(sound.timbre, sound.volume)}
      >
        Hear
      </button>
    </fieldset>
  );
}

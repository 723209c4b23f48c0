import { timeLeftDigits } from '../../shared/session/format';

interface Props {
  phaseName: string;
  phaseLeftMs: number;
}

/** The huge digits. Past the phase's end they count up as overrun, quietly. */
export function TimeLeft({ phaseName, phaseLeftMs }: Props) {
  const over = phaseLeftMs < 0;
  const digits = timeLeftDigits(phaseLeftMs);
  const text = over ? `+${digits}` : digits;
  return (
    <div
      role="timer"
      aria-label={over ? `${phaseName} overrun` : `Time left in ${phaseName}`}
      className={`time-left${over ? ' time-left--over' : ''}`}
      style={{ ['--chars' as string]: text.length }}
    >
      {text}
    </div>
  );
}

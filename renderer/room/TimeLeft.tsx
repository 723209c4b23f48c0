import type { SessionState } from '../../shared/session/derive';
import { timeLeftDigits } from '../../shared/session/format';
import type { ShownClock } from './shown-clock';
import { Ticking } from './Ticking';
import { useShownText } from './useShownClock';

/** The phase's time left as shown; past the phase's end, the overrun with a plus. */
export function phaseDigits(state: SessionState): string {
  const digits = timeLeftDigits(state.phaseLeftMs);
  return state.phaseLeftMs < 0 ? `+${digits}` : digits;
}

interface Props {
  clock: ShownClock;
  phaseName: string;
  /** The block's class: the room's huge digits by default, or the strip's. */
  className?: string;
}

/** The huge digits: the only part of the room drawn every second. Past the phase's end they count up as overrun, quietly. */
export function TimeLeft({ clock, phaseName, className = 'time-left' }: Props) {
  const text = useShownText(clock, phaseDigits);
  const over = text.startsWith('+');
  return (
    <div
      role="timer"
      aria-label={over ? `${phaseName} overrun` : `Time left in ${phaseName}`}
      className={`${className}${over ? ` ${className}--over` : ''}`}
      style={{ ['--chars' as string]: text.length }}
    >
      <Ticking text={text} />
    </div>
  );
}

import { useState, type InputHTMLAttributes } from 'react';
import { toMinutes, toSeconds } from './draft';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'> {
  seconds: number | undefined;
  onSeconds(seconds: number): void;
}

/**
 * A length typed in minutes. The field keeps what the therapist typed (a
 * cleared field stays empty rather than snapping to 0, which turned "5" into
 * "05"); the plan holds the seconds it means. A length changed elsewhere shows.
 */
export function MinutesInput({ seconds, onSeconds, ...input }: Props) {
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed !== null && toSeconds(typed) === (seconds ?? 0) ? typed : String(toMinutes(seconds));
  return (
    <input
      {...input}
      type="number"
      value={shown}
      onChange={(event) => {
        setTyped(event.target.value);
        onSeconds(toSeconds(event.target.value));
      }}
    />
  );
}

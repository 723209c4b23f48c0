import type { PressureResponse } from '../../shared/pressure/log';

/**
 * The pressure log's keys, kept apart from the room keys (Space, arrows,
 * PageUp/PageDown, F, Enter, Escape) so the two maps can be reconciled here.
 *   M more · J just right · L less · S stop (each logs one entry)
 *   1-9, 0 = pressure 1-10
 *   R / Shift+R next / previous region · T / Shift+T next / previous technique
 *   N note on the last entry
 */
export type PressureAction =
  | { type: 'log'; response: PressureResponse }
  | { type: 'level'; level: number }
  | { type: 'region'; step: 1 | -1 }
  | { type: 'technique'; step: 1 | -1 }
  | { type: 'note' };

interface KeyLike {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The key of each answer, as the buttons and the key lists print it. */
export const responseKeyLabel: Record<PressureResponse, string> = { more: 'M', 'just-right': 'J', less: 'L', stop: 'S' };

export const pressureKeyHelp: readonly [string, string][] = [
  [responseKeyLabel.more, 'more'],
  [responseKeyLabel['just-right'], 'just right'],
  [responseKeyLabel.less, 'less'],
  [responseKeyLabel.stop, 'stop'],
  ['1-0', 'pressure 1-10'],
  ['R', 'region'],
  ['T', 'technique'],
  ['N', 'note'],
];

export function pressureKeyAction(event: KeyLike): PressureAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const step = event.shiftKey ? -1 : 1;
  if (!event.shiftKey && /^[0-9]$/.test(event.key)) return { type: 'level', level: event.key === '0' ? 10 : Number(event.key) };
  switch (event.key.toLowerCase()) {
    case 'm':
      return { type: 'log', response: 'more' };
    case 'j':
      return { type: 'log', response: 'just-right' };
    case 'l':
      return { type: 'log', response: 'less' };
    case 's':
      return { type: 'log', response: 'stop' };
    case 'r':
      return { type: 'region', step };
    case 't':
      return { type: 'technique', step };
    case 'n':
      return { type: 'note' };
    default:
      return null;
  }
}

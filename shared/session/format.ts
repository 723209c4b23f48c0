import { clockTime, groupedNumber } from '../i18n/clock';

/** "12:05" for time left; "+3:10" style overrun is the caller's choice of sign. */
export function clockDigits(ms: number): string {
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, '0') : String(minutes);
  const body = `${mm}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${body}` : body;
}

/** Time left shown to the second, rounding up so "0:00" means the phase is over. */
export function timeLeftDigits(ms: number): string {
  return clockDigits(Math.ceil(ms / 1000) * 1000);
}

/**
 * A length in words, exact to the second ("2 minutes 30 seconds"): a cue must never round a phase's length.
 * Long counts are grouped as the locale writes them ("1,500 minutes"), the computer's own unless one is given.
 */
export function spokenDuration(ms: number, locale?: string): string {
  const counted = (n: number, unit: string): string => `${groupedNumber(n, locale)} ${unit}${n === 1 ? '' : 's'}`;
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return counted(seconds, 'second');
  return seconds === 0 ? counted(minutes, 'minute') : `${counted(minutes, 'minute')} ${counted(seconds, 'second')}`;
}

/** Wall-clock time such as "14:35" (or "2:35 PM" where the locale says so), in the machine's locale. */
export function wallClock(at: number, locale?: string): string {
  return clockTime(at, locale);
}

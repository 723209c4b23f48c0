import { clockTime } from '../i18n/clock';

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

export function spokenDuration(ms: number): string {
  const minutes = Math.round(ms / 60000);
  if (minutes >= 1) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const seconds = Math.max(0, Math.round(ms / 1000));
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

/** Wall-clock time such as "14:35" (or "2:35 PM" where the locale says so), in the machine's locale. */
export function wallClock(at: number, locale?: string): string {
  return clockTime(at, locale);
}

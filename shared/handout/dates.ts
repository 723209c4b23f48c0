// Dates are written out in words so a handout reads the same on any machine, whatever its locale.
const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const isoDatePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const isoDateTimePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;

function parts(isoDate: string): { year: number; month: number; day: number } | null {
  if (!isoDatePattern.test(isoDate)) return null;
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCDate() === day ? { year, month, day } : null;
}

export function isRealDate(isoDate: string): boolean {
  return parts(isoDate) !== null;
}

/** "Sunday 22 November 2026". */
export function longDate(isoDate: string): string {
  const date = parts(isoDate);
  if (!date) return isoDate;
  const weekday = weekdays[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
  return `${weekday} ${date.day} ${months[date.month - 1]} ${date.year}`;
}

/** "Tuesday 1 December 2026 at 14:30". */
export function longDateTime(isoDateTime: string): string {
  const [date, time] = isoDateTime.split('T');
  return time ? `${longDate(date ?? '')} at ${time}` : longDate(isoDateTime);
}

/** The local calendar day of an instant, YYYY-MM-DD. */
export function localIsoDate(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

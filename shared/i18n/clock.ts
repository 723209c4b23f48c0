/*
 * The app's own dates and times, in the computer's locale: a 24-hour clock
 * where the locale uses one ("Ends at 20:58"), am/pm where it does not
 * ("8:58 PM"). Every screen formats times through these, never by hand.
 * Leave `locale` out for the computer's own: the regional format the host
 * reported (the desktop app's language can differ from its region), else
 * Intl's default.
 */

type Style = 'time' | 'timeWithSeconds' | 'dayAndTime' | 'dateTime' | 'longDateTime' | 'shortDate' | 'longDate' | 'calendarDay';

const options: Readonly<Record<Style, Intl.DateTimeFormatOptions>> = {
  time: { timeStyle: 'short' },
  timeWithSeconds: { timeStyle: 'medium' },
  dayAndTime: { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  longDateTime: { dateStyle: 'full', timeStyle: 'medium' },
  shortDate: { day: 'numeric', month: 'short', year: 'numeric' },
  longDate: { day: 'numeric', month: 'long', year: 'numeric' },
  // A day written as a date (a date of birth) is that day wherever the computer is: read at midnight UTC, shown in UTC.
  calendarDay: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

let computerLocale: string | undefined;

/** The computer's regional format, as its host reports it ("en-GB"); null leaves Intl's default. Set once at start. */
export function setComputerLocale(locale: string | null): void {
  computerLocale = locale ?? undefined;
}

function format(style: Style, given: string | undefined): Intl.DateTimeFormat {
  const locale = given ?? computerLocale;
  const key = `${locale ?? ''} ${style}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options[style]);
    formats.set(key, found);
  }
  return found;
}

/** "1,500" or "1.500": a count with the locale's digit grouping. */
export function groupedNumber(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale ?? computerLocale).format(n);
}

/** "20:58" or "8:58 PM": a clock time, as the locale writes it. */
export function clockTime(at: number, locale?: string): string {
  return format('time', locale).format(at);
}

/** "20:58:07": a clock time to the second. */
export function clockTimeWithSeconds(at: number, locale?: string): string {
  return format('timeWithSeconds', locale).format(at);
}

/** "22 Nov, 20:58": a day this year and a time. */
export function dayAndTime(at: number, locale?: string): string {
  return format('dayAndTime', locale).format(at);
}

/** "22 Nov 2026, 20:58": a day and a time. */
export function dateAndTime(at: number, locale?: string): string {
  return format('dateTime', locale).format(at);
}

/** "Sunday 22 November 2026 at 20:58:07": for backups and other moments a person must tell apart. */
export function longDateAndTime(at: number, locale?: string): string {
  return format('longDateTime', locale).format(at);
}

/** "22 Nov 2026". */
export function shortDate(at: number, locale?: string): string {
  return format('shortDate', locale).format(at);
}

/** "3 May 1980": a day written as an ISO date (YYYY-MM-DD), such as a date of birth, or the day of an instant. */
export function longDate(day: string | number, locale?: string): string {
  return typeof day === 'number' ? format('longDate', locale).format(day) : format('calendarDay', locale).format(Date.parse(`${day}T00:00:00Z`));
}

import { DEFAULT_LANGUAGE, languageLocales, type Language } from '../i18n/languages';

// A handout's dates are calendar dates, not instants: they are read as UTC so no machine's time zone can move them a day.

export const isoDatePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const isoDateTimePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;

function utcDate(isoDate: string): Date | null {
  if (!isoDatePattern.test(isoDate)) return null;
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day ? date : null;
}

export function isRealDate(isoDate: string): boolean {
  return utcDate(isoDate) !== null;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, kind: 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${language} ${kind}`;
  let found = formats.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'date' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } : { hour: 'numeric', minute: '2-digit' };
    found = new Intl.DateTimeFormat(languageLocales[language], { ...options, timeZone: 'UTC' });
    formats.set(key, found);
  }
  return found;
}

/** "Sunday 22 November 2026", "domingo, 22 de noviembre de 2026": the date as the language writes it. */
export function longDate(isoDate: string, language: Language = DEFAULT_LANGUAGE): string {
  const date = utcDate(isoDate);
  return date ? format(language, 'date').format(date) : isoDate;
}

/** The date and the clock time of a booking (YYYY-MM-DDTHH:MM), each as the language writes it. */
export function dateAndTime(isoDateTime: string, language: Language = DEFAULT_LANGUAGE): { date: string; time: string | null } {
  const [day = '', clock] = isoDateTime.split('T');
  const date = utcDate(day);
  if (!date || !clock || !isoDateTimePattern.test(isoDateTime)) return { date: longDate(day, language), time: null };
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return { date: longDate(day, language), time: format(language, 'time').format(new Date(date.getTime() + (hours * 60 + minutes) * 60_000)) };
}

/** The local calendar day of an instant, YYYY-MM-DD. */
export function localIsoDate(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

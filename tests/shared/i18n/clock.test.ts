import { afterEach, describe, expect, it } from 'vitest';
import { clockTime, clockTimeWithSeconds, dateAndTime, longDateAndTime, setComputerLocale, shortDate } from '../../../shared/i18n/clock';

// 22 November 2026, 20:58:07 in the machine's own time zone.
const at = new Date(2026, 10, 22, 20, 58, 7).getTime();

/** ICU puts a narrow no-break space before AM/PM; a reader sees a space. */
const plain = (text: string): string => text.replace(/[\u202f\u00a0]/g, ' ');

describe('the app’s clock times follow the locale', () => {
  it.each([
    ['en-GB', '20:58'],
    ['de-DE', '20:58'],
    ['fr-FR', '20:58'],
    ['es-ES', '20:58'],
    ['pt-BR', '20:58'],
    ['en-US', '8:58 PM'],
  ])('in %s the time is %s', (locale, expected) => {
    expect(plain(clockTime(at, locale))).toBe(expected);
  });

  it('keeps seconds when they matter, 24-hour where the locale is', () => {
    expect(clockTimeWithSeconds(at, 'en-GB')).toBe('20:58:07');
    expect(plain(clockTimeWithSeconds(at, 'en-US'))).toBe('8:58:07 PM');
  });

  it('writes the day as the locale does, beside the time', () => {
    expect(dateAndTime(at, 'en-GB')).toBe('22 Nov 2026, 20:58');
    expect(plain(dateAndTime(at, 'en-US'))).toBe('Nov 22, 2026, 8:58 PM');
    expect(longDateAndTime(at, 'de-DE')).toBe('Sonntag, 22. November 2026 um 20:58:07');
    expect(shortDate(at, 'fr-FR')).toBe('22 nov. 2026');
  });
});

describe("the computer's regional format, as the desktop app reports it", () => {
  afterEach(() => setComputerLocale(null));

  it('is what times follow when no language is given, while a given one still wins', () => {
    setComputerLocale('en-GB');
    expect(clockTime(at)).toBe('20:58');
    expect(dateAndTime(at)).toBe('22 Nov 2026, 20:58');
    setComputerLocale('en-US');
    expect(plain(clockTime(at))).toBe('8:58 PM');
    expect(clockTime(at, 'de-DE')).toBe('20:58');
  });

  it('none reported leaves the default the window already has', () => {
    setComputerLocale(null);
    expect(clockTime(at)).toBe(new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(at));
  });
});

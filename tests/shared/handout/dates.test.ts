import { describe, expect, it } from 'vitest';
import { dateAndTime, isRealDate, localIsoDate, longDate } from '../../../shared/handout/dates';

describe('dates and times on a handout', () => {
  it('writes the day as each language writes it, with the weekday', () => {
    expect(longDate('2026-02-28', 'en')).toBe('Saturday, 28 February 2026');
    expect(longDate('2026-02-28', 'es')).toBe('sábado, 28 de febrero de 2026');
    expect(longDate('2026-02-28', 'fr')).toBe('samedi 28 février 2026');
    expect(longDate('2026-02-28', 'de')).toBe('Samstag, 28. Februar 2026');
    expect(longDate('2026-02-28', 'pt-BR')).toBe('sábado, 28 de fevereiro de 2026');
    expect(longDate('2026-02-28')).toBe('Saturday, 28 February 2026');
  });

  it('gives a booking’s date and its clock time on the 24-hour clock', () => {
    expect(dateAndTime('2026-11-29T09:05', 'en')).toEqual({ date: 'Sunday, 29 November 2026', time: '9:05' });
    expect(dateAndTime('2026-11-29T17:45', 'de')).toEqual({ date: 'Sonntag, 29. November 2026', time: '17:45' });
    expect(dateAndTime('2026-11-29T21:30')).toEqual({ date: 'Sunday, 29 November 2026', time: '21:30' });
  });

  it('keeps the date of a booking whose time is missing or impossible, and gives no time', () => {
    expect(dateAndTime('2026-11-29', 'en')).toEqual({ date: 'Sunday, 29 November 2026', time: null });
    expect(dateAndTime('2026-11-29T25:00', 'en')).toEqual({ date: 'Sunday, 29 November 2026', time: null });
    expect(dateAndTime('2026-11-29T9:5', 'en')).toEqual({ date: 'Sunday, 29 November 2026', time: null });
  });

  it('never turns an impossible date into another day: it is shown as typed', () => {
    for (const typed of ['2026-02-30', '2026-13-01', '2026-11-31', '29/11/2026']) {
      expect(isRealDate(typed)).toBe(false);
      expect(longDate(typed, 'en')).toBe(typed);
    }
    expect(dateAndTime('2026-02-30T10:00', 'en')).toEqual({ date: '2026-02-30', time: null });
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
  });

  it('names the calendar day of a moment with zero-padded month and day', () => {
    const moment = new Date(2026, 0, 5, 12, 0).getTime();
    expect(localIsoDate(moment)).toBe('2026-01-05');
  });
});

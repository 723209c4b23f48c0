import { afterEach, describe, expect, it } from 'vitest';
import { setComputerLocale } from '../../../shared/i18n/clock';
import { clockDigits, spokenDuration, timeLeftDigits, wallClock } from '../../../shared/session/format';

describe('times as the room shows and says them', () => {
  it('digits read minutes and seconds, with hours only when there are hours', () => {
    expect(clockDigits(0)).toBe('0:00');
    expect(clockDigits(9_000)).toBe('0:09');
    expect(clockDigits(12 * 60_000 + 5_000)).toBe('12:05');
    expect(clockDigits(59 * 60_000 + 59_999)).toBe('59:59');
    expect(clockDigits(60 * 60_000)).toBe('1:00:00');
    expect(clockDigits(62 * 60_000 + 3_000)).toBe('1:02:03');
    expect(clockDigits(-(3 * 60_000 + 10_000))).toBe('3:10');
  });

  it('time left rounds up to the second, so 0:00 means the phase is over', () => {
    expect(timeLeftDigits(59_001)).toBe('1:00');
    expect(timeLeftDigits(59_000)).toBe('0:59');
    expect(timeLeftDigits(1)).toBe('0:01');
    expect(timeLeftDigits(0)).toBe('0:00');
  });

  it('spoken lengths are exact: minutes, and the seconds beyond them', () => {
    expect(spokenDuration(25 * 60_000)).toBe('25 minutes');
    expect(spokenDuration(60_000)).toBe('1 minute');
    expect(spokenDuration(89_000)).toBe('1 minute 29 seconds');
    expect(spokenDuration(90_000)).toBe('1 minute 30 seconds');
    expect(spokenDuration(29_000)).toBe('29 seconds');
    expect(spokenDuration(1_000)).toBe('1 second');
    expect(spokenDuration(-5_000)).toBe('0 seconds');
  });

  it('long lengths group their digits as the locale writes them, the computer’s own unless one is given', () => {
    expect(spokenDuration(1500 * 60_000, 'en-US')).toBe('1,500 minutes');
    expect(spokenDuration((100_000 * 60 + 30) * 1000, 'de-DE')).toBe('100.000 minutes 30 seconds');
    expect(spokenDuration(999 * 60_000, 'en-US')).toBe('999 minutes');
    setComputerLocale('en-GB');
    expect(spokenDuration(2500 * 60_000)).toBe('2,500 minutes');
    expect(spokenDuration(2500 * 60_000, 'de-DE')).toBe('2.500 minutes');
  });

  afterEach(() => setComputerLocale(null));

  it('the end time is a wall-clock time in the reader’s locale', () => {
    const at = new Date(2026, 10, 22, 14, 35).getTime();
    expect(wallClock(at, 'en-GB')).toBe('14:35');
    // As the locale writes it: no leading zero on a 12-hour clock.
    expect(wallClock(at, 'en-US')).toMatch(/^2:35\sPM$/);
  });
});

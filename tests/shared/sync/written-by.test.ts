import { afterEach, describe, expect, it } from 'vitest';
import { clockTime, setComputerLocale } from '../../../shared/i18n/clock';
import { writtenBy } from '../../../shared/sync/written-by';

afterEach(() => setComputerLocale(null));

describe('which room wrote a record, and when', () => {
  const morning = new Date(2026, 10, 30, 7, 20).getTime();

  it('writes the time as the room clock does ("7:20 AM", never "07:20 AM")', () => {
    expect(writtenBy('Room 2', morning, morning + 60_000, 'en-US')).toBe(`Room 2, ${clockTime(morning, 'en-US')}`);
    expect(writtenBy('Room 2', morning, morning + 60_000, 'en-US')).toBe('Room 2, 7:20 AM');
    expect(writtenBy('Room 2', morning, morning + 3 * 86_400_000, 'en-US')).toBe('Room 2, Nov 30, 7:20 AM');
  });

  it('follows the computer’s regional format when no locale is given, as every other time on screen does', () => {
    setComputerLocale('en-GB');
    expect(writtenBy('Room 2', morning, morning + 60_000)).toBe('Room 2, 07:20');
    expect(writtenBy('Room 2', morning, morning + 60_000)).toBe(`Room 2, ${clockTime(morning)}`);
  });
});

import { clockTime, dayAndTime } from '../i18n/clock';

/** Which room last wrote a shared record, and when. */
export interface WrittenBy {
  room: string;
  at: number;
  /** Counts the saves of the record in every room; absent on records saved before revisions were counted. */
  revision?: number;
}

/** The revision a shared record's next save makes: one past the stored one. */
export function revisionAfter(stored: { writtenBy?: WrittenBy } | undefined): number {
  return (stored?.writtenBy?.revision ?? 0) + 1;
}

/**
 * Which room wrote a record and when, as a therapist reads it: "Room 2, 14:05"
 * today, "Room 2, 3 Nov, 14:05" on another day. Without a room (records from
 * before rooms) only the time is given.
 */
export function writtenBy(room: string | undefined, at: number, now: number, locale?: string): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const time = sameDay ? clockTime(at, locale) : dayAndTime(at, locale);
  return room ? `${room}, ${time}` : time;
}

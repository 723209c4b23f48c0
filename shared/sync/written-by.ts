/** Which room last wrote a shared record, and when. */
export interface WrittenBy {
  room: string;
  at: number;
}

/**
 * Which room wrote a record and when, as a therapist reads it: "Room 2, 14:05"
 * today, "Room 2, 3 Nov, 14:05" on another day. Without a room (records from
 * before rooms) only the time is given.
 */
export function writtenBy(room: string | undefined, at: number, now: number, locale?: string): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const time = new Intl.DateTimeFormat(locale, sameDay ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(at);
  return room ? `${room}, ${time}` : time;
}

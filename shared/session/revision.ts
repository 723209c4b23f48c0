import type { Session } from './session';

/**
 * Whether `incoming` should replace `held` in a window's copy of the current
 * session. Answers and pushes can arrive out of order (browser mode sends
 * them on different connections), so a later-started session wins, and within
 * one session the higher revision wins; an equal revision is the same write.
 */
export function isNewerSession(incoming: Session, held: Session | null): boolean {
  if (!held) return true;
  if (incoming.id !== held.id) return incoming.createdAt >= held.createdAt;
  return (incoming.revision ?? 0) > (held.revision ?? 0);
}

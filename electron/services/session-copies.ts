import { createHash } from 'node:crypto';
import { ContractError } from '../../shared/contract/errors';
import { sessionSchema } from '../../shared/contract/schemas';
import { mergeSessions } from '../../shared/sync/merge-session';
import type { ConflictCopyFile, Storage } from './storage';

/** Copies of session files set aside after their merge: kept, never deleted. */
export const SESSION_HISTORY_FOLDER = 'session-versions';

/**
 * A sync engine's conflict copy of a session file (rare: a room's data restored
 * on another computer) is merged into the session without asking: every event
 * and pressure entry of both is kept. Only the room that ran the session writes
 * its file, so two rooms never merge the same copy; the copy itself goes to the
 * session's history before it is removed.
 */
export class SessionCopies {
  constructor(
    private readonly storage: Storage,
    private readonly room: () => string,
  ) {}

  /** Merges every copy this room may merge; returns the sessions that changed. */
  mergeAll(): string[] {
    return this.storage.conflictCopies('sessions').flatMap((copy) => {
      try {
        return this.merge(copy) ? [copy.record] : [];
      } catch (error) {
        // Unreadable for now (no key yet, disk trouble): the copy stays where it is and is tried again later.
        if (error instanceof ContractError) return [];
        throw error;
      }
    });
  }

  private merge(copy: ConflictCopyFile): boolean {
    const file = this.storage.record('sessions', copy.record, sessionSchema);
    const copyFile = this.storage.record('sessions', copy.name, sessionSchema);
    const ours = file.read();
    const theirs = copyFile.read();
    if (!ours || !theirs || ours.id !== theirs.id) return false;
    if (ours.room && ours.room !== this.room()) return false;
    const digest = createHash('sha256').update(JSON.stringify(theirs)).digest('hex').slice(0, 12);
    const kept = this.storage.record(SESSION_HISTORY_FOLDER, `${copy.record}.${digest}`, sessionSchema);
    if (!kept.exists()) kept.write(theirs);
    file.write(mergeSessions(ours, theirs));
    copyFile.remove();
    return true;
  }
}

import { statSync } from 'node:fs';
import path from 'node:path';
import { notFound } from '../../shared/contract/errors';
import { historyEntryOf, type HistoryEntry } from '../../shared/record/history';
import type { Session } from '../../shared/session/session';
import type { SessionsService } from './sessions';
import type { Storage } from './storage';

/** What is remembered of one session file, valid while its mtime and size are unchanged. */
interface Known {
  mtimeMs: number;
  size: number;
  clientId: string | null;
  entry: HistoryEntry;
}

/**
 * Which sessions belong to which client, and a summary of each, kept in memory.
 * Every call lists the sessions folder and stats each file: a file changed by
 * anyone (the handout service, a restore, another window) is read and summarised
 * again; an unchanged one costs one stat. Reads go through SessionsService, so a
 * damaged file is still set aside by the storage layer.
 */
export class ClientSessions {
  private readonly known = new Map<string, Known>();

  constructor(
    private readonly storage: Storage,
    private readonly sessions: SessionsService,
  ) {
    // Our own writes are re-read next time even if the clock or size hide the change.
    sessions.onChange((session) => {
      if (session) this.known.delete(session.id);
    });
  }

  /** After a restore or an import: a file rewritten with the same size and time must still be read again. */
  forget(): void {
    this.known.clear();
  }

  /** A summary of every readable session of the client, oldest first. */
  summaries(clientId: string): HistoryEntry[] {
    return this.refresh()
      .filter((known) => known.clientId === clientId)
      .map((known) => known.entry)
      .sort((a, b) => a.at - b.at || a.sessionId.localeCompare(b.sessionId));
  }

  /** Every readable session of the client in full, oldest first (for export). */
  of(clientId: string): Session[] {
    return this.summaries(clientId).map((entry) => this.sessions.get(entry.sessionId));
  }

  /** The client's latest session with an intake, read in full. */
  lastScreened(clientId: string): Session | undefined {
    const entry = this.summaries(clientId).filter((each) => each.hasIntake).at(-1);
    return entry ? this.sessions.get(entry.sessionId) : undefined;
  }

  /** One session of the client in full. */
  one(clientId: string, sessionId: string): Session {
    const session = this.sessions.get(sessionId);
    if (session.clientId !== clientId) throw notFound(`There is no session ${sessionId} for this client.`);
    return session;
  }

  private refresh(): Known[] {
    const names = this.storage.list('sessions');
    const present = new Set(names);
    for (const id of this.known.keys()) if (!present.has(id)) this.known.delete(id);
    return names.flatMap((id) => {
      const current = this.check(id);
      return current ? [current] : [];
    });
  }

  private check(id: string): Known | null {
    let stat;
    try {
      stat = statSync(path.join(this.storage.dataDir, 'sessions', `${id}.json`));
    } catch {
      this.known.delete(id);
      return null;
    }
    const cached = this.known.get(id);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
    try {
      const session = this.sessions.get(id);
      const fresh = { mtimeMs: stat.mtimeMs, size: stat.size, clientId: session.clientId ?? null, entry: historyEntryOf(session) };
      this.known.set(id, fresh);
      return fresh;
    } catch {
      // An unreadable file stays on disk untouched (or was set aside); it simply cannot be listed.
      this.known.delete(id);
      return null;
    }
  }
}

import type { Session } from '../../shared/session/session';
import type { SessionsService } from './sessions';
import type { Storage } from './storage';

/**
 * Which sessions belong to which client: a cache in memory, built from the
 * session files the first time it is needed and kept current on every change.
 */
export class ClientSessions {
  private byClient: Map<string, Set<string>> | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly sessions: SessionsService,
  ) {
    sessions.onChange((session) => {
      if (session && this.byClient) this.add(this.byClient, session);
    });
  }

  /** Every readable session of the client, oldest first. */
  of(clientId: string): Session[] {
    const ids = [...(this.map().get(clientId) ?? [])];
    return ids
      .map((id) => this.sessions.get(id))
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }

  private map(): Map<string, Set<string>> {
    if (this.byClient) return this.byClient;
    const built = new Map<string, Set<string>>();
    for (const id of this.storage.list('sessions')) {
      try {
        this.add(built, this.sessions.get(id));
      } catch {
        // An unreadable file stays on disk untouched; it simply cannot be listed.
      }
    }
    this.byClient = built;
    return built;
  }

  private add(map: Map<string, Set<string>>, session: Session): void {
    if (!session.clientId) return;
    const set = map.get(session.clientId) ?? new Set<string>();
    set.add(session.id);
    map.set(session.clientId, set);
  }
}

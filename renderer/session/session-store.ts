import type { StillpointBridge } from '../../shared/contract/channels';
import { isNewerSession } from '../../shared/session/revision';
import type { Session } from '../../shared/session/session';
import { messageOf } from '../bridge/errors';
import { firstLoad, startedPart } from '../bridge/start-answer';

export interface SessionSnapshot {
  /** The room's current session as the back end last said it, or null when there is none. */
  session: Session | null;
  loaded: boolean;
  /** Why the current session could not be read, in the back end's words. */
  error: string | null;
}

export interface SessionStore {
  getSnapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
  /** An answer from the back end: kept only if it is newer than the copy held. */
  receive(session: Session): void;
  /** Listens for pushes and reads the current session; returns the way to stop listening. */
  connect(): () => void;
}

/**
 * The window's one copy of the current session. Answers and pushes both feed
 * it, ordered by revision, so an older copy that arrives late never wins.
 */
export function createSessionStore(bridge: StillpointBridge): SessionStore {
  const started = startedPart(bridge, 'session');
  let snapshot: SessionSnapshot = { session: started ?? null, loaded: started !== undefined, error: null };
  const listeners = new Set<() => void>();

  function set(next: Partial<SessionSnapshot>): void {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  }

  function receive(session: Session): void {
    if (isNewerSession(session, snapshot.session)) set({ session, loaded: true, error: null });
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    receive,
    connect() {
      let live = true;
      const off = bridge.subscribe('session.changed', ({ session }) => {
        // Null only comes after a restore left no current session.
        if (session) receive(session);
        else set({ session: null, loaded: true });
      });
      firstLoad(bridge, 'session', () => bridge.invoke('session.current', {}))
        .then((session) => {
          if (!live) return;
          if (session) receive(session);
          else if (!snapshot.loaded) set({ loaded: true });
        })
        .catch((reason: unknown) => {
          if (live) set({ loaded: true, error: messageOf(reason) });
        });
      return () => {
        live = false;
        off();
      };
    },
  };
}

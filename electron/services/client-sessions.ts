import { statSync } from 'node:fs';
import path from 'node:path';
import { notFound } from '../../shared/contract/errors';
import { historyEntryOf, type HistoryEntry } from '../../shared/record/history';
import type { Session } from '../../shared/session/session';
import { statKey } from './record-cache';
import { isRecordFileName } from './record-names';
import { runSliced, type Steps } from './slices';
import type { SessionsService } from './sessions';
import type { Storage } from './storage';

/** What is remembered of one session file, valid while its stat is unchanged. */
interface Known {
  id: string;
  key: string;
  clientId: string | null;
  entry: HistoryEntry;
}

/**
 * Which sessions belong to which client, and a summary of each, kept in memory
 * and in the storage's summary cache. Built once in slices (with ten thousand
 * sessions, reading them all at once would hold the loop that owns the cues
 * for seconds), then kept current by what it is told (its own writes, the
 * folder watcher) and by what each call sees: the folder's listing (files
 * added or removed) and one stat of each of the client's own sessions. A file
 * changed by anyone (the handout service, a restore, another window) is read
 * again. Reads go through SessionsService, so a damaged file is still set
 * aside by the storage layer.
 */
export class ClientSessions {
  private readonly known = new Map<string, Known>();
  private readonly byClient = new Map<string | null, Set<string>>();
  /** Sessions this app changed since they were summarised: read again whatever their stat says (a journal leaves it as it was). */
  private readonly stale = new Set<string>();
  /** Session files the folder watcher saw arrive or change: read again when their stat differs from the one summarised. */
  private readonly arrived = new Set<string>();
  private built = false;
  /** Bumped when every cache is dropped, so a build begun before is not applied after. */
  private generation = 0;
  private building: Promise<void> | null = null;
  private catchingUp: Promise<void> | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly sessions: SessionsService,
  ) {
    // Our own writes are re-read next time even if the clock or size hide the change.
    sessions.onChange((session) => {
      if (session) this.stale.add(session.id);
    });
    // What the folder watcher reports is read in the background as it arrives (a sync engine or a restore may
    // bring thousands), so the next history opened has little or nothing left to read.
    storage.onRecordChange((change) => {
      const [folder, id, ...rest] = change.record.split('/');
      // A sync engine's conflict copy is not a session of its own.
      if (folder !== 'sessions' || !id || rest.length > 0 || !isRecordFileName(`${id}.json`)) return;
      this.arrived.add(id);
      this.catchingUp ??= runSliced(this.catchUp()).finally(() => {
        this.catchingUp = null;
      });
    });
  }

  /** Builds the index in slices if it is not built yet; every question waits for it instead of reading all at once. */
  async prepare(): Promise<void> {
    while (!this.built) {
      this.building ??= runSliced(this.build()).finally(() => {
        this.building = null;
      });
      await this.building;
    }
  }

  /** After a restore or an import: a file rewritten with the same size and time must still be read again. */
  forget(): void {
    this.known.clear();
    this.byClient.clear();
    this.built = false;
    this.generation += 1;
  }

  /** A summary of every readable session of the client, oldest first. */
  async summaries(clientId: string): Promise<HistoryEntry[]> {
    await this.prepare();
    await runSliced(this.refresh(clientId));
    return [...(this.byClient.get(clientId) ?? [])]
      .map((id) => this.known.get(id)!.entry)
      .sort((a, b) => a.at - b.at || a.sessionId.localeCompare(b.sessionId));
  }

  /** Every readable session of the client in full, oldest first (for export). */
  async of(clientId: string): Promise<Session[]> {
    return (await this.summaries(clientId)).map((entry) => this.sessions.get(entry.sessionId));
  }

  /** The client's latest session with an intake, read in full. */
  async lastScreened(clientId: string): Promise<Session | undefined> {
    const entry = (await this.summaries(clientId)).filter((each) => each.hasIntake).at(-1);
    return entry ? this.sessions.get(entry.sessionId) : undefined;
  }

  /** One session of the client in full. */
  one(clientId: string, sessionId: string): Session {
    const session = this.sessions.get(sessionId);
    if (session.clientId !== clientId) throw notFound(`There is no session ${sessionId} for this client.`);
    return session;
  }

  private *build(): Steps<void> {
    const generation = this.generation;
    const found = yield* this.storage.summarySteps('sessions', (id) => this.summarize(id));
    if (generation !== this.generation || this.built) return;
    for (const known of found.summaries) this.remember(known);
    this.built = true;
  }

  private *catchUp(): Steps<void> {
    // Before the index is built there is nothing to bring up to date: the build reads what arrived.
    while (this.built) {
      const [id] = this.arrived;
      if (id === undefined) return;
      this.arrived.delete(id);
      this.check(id, false);
      yield;
    }
  }

  /** Brings the index in step with the folder, and the client's own sessions with their files. */
  private *refresh(clientId: string): Steps<void> {
    const names = new Set(this.storage.list('sessions'));
    yield;
    for (const id of this.known.keys()) if (!names.has(id)) this.drop(id);
    const stale = new Set(this.stale);
    this.stale.clear();
    // The client's own are statted every time: a change no one announced (watching is off, or not yet on) still shows.
    const own = [...(this.byClient.get(clientId) ?? [])];
    const arrived = [...this.arrived];
    this.arrived.clear();
    for (const id of new Set([...stale, ...arrived, ...own])) {
      if (names.has(id)) this.check(id, stale.has(id));
      yield;
    }
    for (const id of names) {
      if (this.known.has(id)) continue;
      this.check(id, true);
      yield;
    }
  }

  private check(id: string, changed: boolean): void {
    let key: string;
    try {
      key = statKey(statSync(this.pathOf(id)));
    } catch {
      this.drop(id);
      return;
    }
    if (!changed && this.known.get(id)?.key === key) return;
    try {
      this.remember(this.summarize(id));
    } catch {
      // An unreadable file stays on disk untouched (or was set aside); it simply cannot be listed.
      this.drop(id);
    }
  }

  /** Throws when the session cannot be read. */
  private summarize(id: string): Known {
    // The stat comes first: a change made while the file is read leaves the key behind, so it is read again.
    const key = statKey(statSync(this.pathOf(id)));
    const session = this.sessions.get(id);
    return { id, key, clientId: session.clientId ?? null, entry: historyEntryOf(session) };
  }

  private remember(known: Known): void {
    this.drop(known.id);
    this.known.set(known.id, known);
    let ids = this.byClient.get(known.clientId);
    if (!ids) this.byClient.set(known.clientId, (ids = new Set()));
    ids.add(known.id);
  }

  private drop(id: string): void {
    const was = this.known.get(id);
    if (!was) return;
    this.known.delete(id);
    this.byClient.get(was.clientId)?.delete(id);
  }

  private pathOf(id: string): string {
    return path.join(this.storage.dataDir, 'sessions', `${id}.json`);
  }
}

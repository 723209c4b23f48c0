import { ContractError, notFound } from '../../shared/contract/errors';
import { clientSchema } from '../../shared/contract/care-schemas';
import type { Client, ClientFields, ClientListing } from '../../shared/clients/client';
import { NameIndex } from '../../shared/clients/name-index';
import type { Clock } from './clock';
import type { RecordFile } from './record-store';
import { runNow, runSliced, type Steps } from './slices';
import type { Storage } from './storage';

export interface ClientsDeps {
  storage: Storage;
  clock: Clock;
  newId: () => string;
  /** The room writing, stamped on every revision. */
  room?: () => string;
}

function conflict(client: Client): ContractError {
  return new ContractError({
    code: 'conflict',
    message: `${client.name}'s details were changed elsewhere (another window?) since you opened them. Reload to see the latest version, then make your change again.`,
  });
}

const listing = (client: Client): ClientListing => ({
  id: client.id,
  name: client.name,
  archived: client.archived,
  updatedAt: client.updatedAt,
  // What tells two clients of one name apart, so the list never reads a file to say it.
  createdAt: client.createdAt,
  dateOfBirth: client.dateOfBirth,
  contact: client.contact,
});

/** A listing cached by an older Stillpoint lacks what tells clients apart: its client is read again. */
const listsEnough = (summary: unknown): boolean => typeof summary === 'object' && summary !== null && 'createdAt' in summary;

/**
 * Clients, each in its own file; a name index in memory, rebuilt from the files
 * at start and kept current as files arrive from other rooms (`reload`).
 */
export class ClientsService {
  private index = new NameIndex();
  /** Files that could not be read; kept on disk, listed for the user. */
  private unreadable = new Set<string>();
  /** How many conflict copies a sync engine left beside each client. */
  private copies = new Map<string, number>();
  /** A rebuild under way in slices, and the clients re-read meanwhile (applied again once it is done). */
  private rebuilding: { steps: Steps<boolean>; done: Promise<boolean>; touched: Set<string> } | null = null;

  constructor(private readonly deps: ClientsDeps) {
    void this.reloadInSlices();
  }

  /**
   * Rebuilds the index (at start, and after a restore, an import or unlocking) from the
   * storage's summary cache: only clients changed since it was last built are read.
   * In slices, so thousands of clients do not hold the loop that owns the cues; the
   * index in use stays as it was until the new one is complete. True when the list changed.
   */
  reloadInSlices(): Promise<boolean> {
    const touched = new Set<string>();
    const steps = this.rebuild(touched);
    const done = runSliced(steps).then((changed) => {
      if (this.rebuilding?.steps === steps) this.rebuilding = null;
      return changed;
    });
    this.rebuilding = { steps, done, touched };
    return done;
  }

  /** The same at once; a rebuild under way in slices is finished now. */
  reload(): boolean {
    this.settle();
    return runNow(this.rebuild(new Set()));
  }

  /** Resolves once the index holds what the files held when it was last rebuilt. */
  async ready(): Promise<void> {
    while (this.rebuilding) await this.rebuilding.done;
  }

  /** `touched` collects the clients re-read while it runs. */
  private *rebuild(touched: ReadonlySet<string>): Steps<boolean> {
    const before = this.fingerprint();
    const index = new NameIndex();
    const unreadable = new Set<string>();
    const found = yield* this.deps.storage.summarySteps('clients', (id) => {
      const client = this.file(id).read();
      return client ? listing(client) : undefined;
    }, listsEnough);
    for (const each of found.summaries) index.put(each);
    for (const id of found.unreadable) unreadable.add(id);
    this.index = index;
    this.unreadable = unreadable;
    // A client that changed while the files were being read is read once more, as it is now.
    for (const id of touched) this.reloadOne(id);
    this.reloadCopies();
    return this.fingerprint() !== before;
  }

  /** Finishes a rebuild under way at once: what follows must see the whole list. */
  private settle(): void {
    const rebuilding = this.rebuilding;
    if (!rebuilding) return;
    runNow(rebuilding.steps);
  }

  private fingerprint(): string {
    return JSON.stringify([this.index.search('', { includeArchived: true, limit: Number.POSITIVE_INFINITY }), [...this.unreadable], [...this.copies]]);
  }

  search(query: string, includeArchived = false): { total: number; found: number; clients: ClientListing[]; unreadable: string[] } {
    this.settle();
    const { listings, found } = this.index.find(query, { includeArchived });
    const clients = listings.map((each) => {
      const others = this.copies.get(each.id);
      return others ? { ...each, otherVersions: others } : each;
    });
    return { total: this.index.size, found, clients, unreadable: [...this.unreadable].sort() };
  }

  /** The active clients already called by this name, but for `except` (the client being renamed). */
  sameName(name: string, except?: string): ClientListing[] {
    this.settle();
    return this.index.named(name).filter((each) => !each.archived && each.id !== except);
  }

  /** Re-reads one client's file after it changed underneath (another room, through the sync engine). */
  reloadOne(id: string): void {
    this.rebuilding?.touched.add(id);
    this.index.remove(id);
    this.unreadable.delete(id);
    try {
      const client = this.file(id).read();
      if (client) this.index.put(listing(client));
    } catch {
      this.unreadable.add(id);
    }
  }

  /** Re-counts the conflict copies after one arrived or went away. */
  reloadCopies(): void {
    const counts = new Map<string, number>();
    for (const copy of this.deps.storage.conflictCopies('clients')) counts.set(copy.record, (counts.get(copy.record) ?? 0) + 1);
    this.copies = counts;
  }

  get(id: string): Client {
    const client = this.file(id).read();
    if (!client) throw notFound(`There is no client ${id}.`);
    return client;
  }

  exists(id: string): boolean {
    this.settle();
    return this.index.get(id) !== undefined;
  }

  create(fields: ClientFields): Client {
    const now = this.deps.clock.now();
    const client: Client = { ...fields, id: this.deps.newId(), revision: 1, createdAt: now, updatedAt: now, archived: false };
    return this.write(this.stamped(client));
  }

  /** Optimistic concurrency: an edit based on an older revision is refused, never merged silently. */
  update(id: string, basedOn: number, fields: ClientFields): Client {
    const current = this.get(id);
    if (current.revision !== basedOn) throw conflict(current);
    return this.write(this.stamped({ ...current, ...fields, revision: current.revision + 1, updatedAt: this.deps.clock.now() }));
  }

  archive(id: string, basedOn: number, archived: boolean): Client {
    const current = this.get(id);
    if (current.revision !== basedOn) throw conflict(current);
    return this.write(this.stamped({ ...current, archived, revision: current.revision + 1, updatedAt: this.deps.clock.now() }));
  }

  /** Marks a revision with the room writing it. */
  stamped(client: Client): Client {
    const room = this.deps.room?.();
    return room ? { ...client, room } : client;
  }

  /** Writes a revision made elsewhere in the back end (a resolved conflict); the caller stamps it. */
  write(client: Client): Client {
    this.rebuilding?.touched.add(client.id);
    this.file(client.id).write(client);
    this.index.put(listing(client));
    return client;
  }

  private file(id: string): RecordFile<Client> {
    return this.deps.storage.record('clients', id, clientSchema);
  }
}

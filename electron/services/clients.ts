import { ContractError, notFound } from '../../shared/contract/errors';
import { clientSchema } from '../../shared/contract/care-schemas';
import type { Client, ClientFields, ClientListing } from '../../shared/clients/client';
import { NameIndex } from '../../shared/clients/name-index';
import type { Clock } from './clock';
import type { RecordFile } from './record-store';
import type { Storage } from './storage';

export interface ClientsDeps {
  storage: Storage;
  clock: Clock;
  newId: () => string;
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
});

/** Clients, each in its own file; a name index in memory, rebuilt from the files at start. */
export class ClientsService {
  private readonly index = new NameIndex();
  /** Files that could not be read at start; kept on disk, listed for the user. */
  readonly unreadable: string[] = [];

  constructor(private readonly deps: ClientsDeps) {
    this.reload();
  }

  /**
   * Rebuilds the index (at start, and after a restore, an import or unlocking) from the
   * storage's summary cache: only clients changed since it was last built are read.
   */
  reload(): void {
    this.index.clear();
    this.unreadable.length = 0;
    const found = this.deps.storage.summaries('clients', (id) => {
      const client = this.file(id).read();
      return client ? listing(client) : undefined;
    });
    for (const each of found.summaries) this.index.put(each);
    this.unreadable.push(...found.unreadable);
  }

  search(query: string, includeArchived = false): { total: number; clients: ClientListing[]; unreadable: string[] } {
    const clients = this.index.search(query, { includeArchived });
    return { total: this.index.size, clients, unreadable: [...this.unreadable] };
  }

  get(id: string): Client {
    const client = this.file(id).read();
    if (!client) throw notFound(`There is no client ${id}.`);
    return client;
  }

  exists(id: string): boolean {
    return this.index.get(id) !== undefined;
  }

  create(fields: ClientFields): Client {
    const now = this.deps.clock.now();
    const client: Client = { ...fields, id: this.deps.newId(), revision: 1, createdAt: now, updatedAt: now, archived: false };
    return this.write(client);
  }

  /** Optimistic concurrency: an edit based on an older revision is refused, never merged silently. */
  update(id: string, basedOn: number, fields: ClientFields): Client {
    const current = this.get(id);
    if (current.revision !== basedOn) throw conflict(current);
    return this.write({ ...current, ...fields, revision: current.revision + 1, updatedAt: this.deps.clock.now() });
  }

  archive(id: string, basedOn: number, archived: boolean): Client {
    const current = this.get(id);
    if (current.revision !== basedOn) throw conflict(current);
    return this.write({ ...current, archived, revision: current.revision + 1, updatedAt: this.deps.clock.now() });
  }

  private write(client: Client): Client {
    this.file(client.id).write(client);
    this.index.put(listing(client));
    return client;
  }

  private file(id: string): RecordFile<Client> {
    return this.deps.storage.record('clients', id, clientSchema);
  }
}

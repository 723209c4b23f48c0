import { createHash } from 'node:crypto';
import { clientSchema } from '../../shared/contract/care-schemas';
import { ContractError, notFound } from '../../shared/contract/errors';
import type { Client, ClientFields } from '../../shared/clients/client';
import type { Clock } from './clock';
import type { ClientsService } from './clients';
import type { ConflictCopyFile, Storage } from './storage';

/** Every version a client ever had beside the current one: kept, never synced away. */
export const CLIENT_HISTORY_FOLDER = 'client-versions';

export interface OtherVersion {
  /** The conflict copy's name, as the resolve request names it back. */
  copy: string;
  /** The device or computer the sync engine named. */
  from: string;
  client: Client;
}

/**
 * Two rooms edited the same client while apart: the sync engine kept one edit
 * under the client's file name and the other as a conflict copy beside it.
 * The therapist sees both and chooses; the result is a new revision, and every
 * version involved is kept in the client's history before the copy goes.
 */
export class ClientVersions {
  constructor(
    private readonly storage: Storage,
    private readonly clients: ClientsService,
    private readonly clock: Clock,
  ) {}

  /** The client as stored, and every other version the sync engine left beside it. */
  of(clientId: string): { current: Client; others: OtherVersion[] } {
    const current = this.clients.get(clientId);
    const others = this.copiesOf(clientId).flatMap((copy) => {
      const client = this.copyFile(copy).read();
      return client ? [{ copy: copy.name, from: copy.from, client }] : [];
    });
    return { current, others };
  }

  /** The chosen fields become the next revision; the versions they came from go to the history. */
  resolve(clientId: string, basedOn: number, fields: ClientFields, copies: readonly string[]): Client {
    const current = this.clients.get(clientId);
    if (current.revision !== basedOn) {
      throw new ContractError({
        code: 'conflict',
        message: `${current.name}'s details changed again while you were choosing. Look at both versions once more, then choose.`,
      });
    }
    const known = new Map(this.copiesOf(clientId).map((copy) => [copy.name, copy]));
    const chosen = copies.map((name) => {
      const copy = known.get(name);
      const client = copy ? this.copyFile(copy).read() : undefined;
      if (!copy || !client) throw notFound(`The other version of ${current.name} is no longer there: it was probably settled in another room. Look at the client again.`);
      return { copy, client };
    });
    for (const version of [current, ...chosen.map((each) => each.client)]) this.keep(version);
    const revision = Math.max(current.revision, ...chosen.map((each) => each.client.revision)) + 1;
    const resolved = this.clients.write(this.clients.stamped({ ...current, ...fields, revision, updatedAt: this.clock.now() }));
    // Only now, with both versions kept in the history, does the engine's copy go.
    for (const { copy } of chosen) this.copyFile(copy).remove();
    this.clients.reloadCopies();
    return resolved;
  }

  /** Earlier versions of a client kept in its history, newest first. */
  history(clientId: string): Client[] {
    return this.storage
      .list(CLIENT_HISTORY_FOLDER)
      .filter((name) => name.startsWith(`${clientId}.`))
      .flatMap((name) => this.storage.record(CLIENT_HISTORY_FOLDER, name, clientSchema).read() ?? [])
      .sort((a, b) => b.updatedAt - a.updatedAt);
  }

  private keep(version: Client): void {
    // Two rooms may both have written revision 3, even in the same second: the content names the version.
    const digest = createHash('sha256').update(JSON.stringify(version)).digest('hex').slice(0, 12);
    const file = this.storage.record(CLIENT_HISTORY_FOLDER, `${version.id}.r${version.revision}.${digest}`, clientSchema);
    if (!file.exists()) file.write(version);
  }

  private copiesOf(clientId: string): ConflictCopyFile[] {
    return this.storage.conflictCopies('clients').filter((copy) => copy.record === clientId);
  }

  private copyFile(copy: ConflictCopyFile) {
    return this.storage.record('clients', copy.name, clientSchema);
  }
}

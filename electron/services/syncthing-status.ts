import { readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { refused } from '../../shared/contract/errors';
import type { SyncthingStatus } from '../../shared/contract/syncthing-channels';
import { syncStateOf, type SyncthingState } from '../../shared/sync/syncthing-state';
import { isEncryptedText } from './encryption';
import type { RecordCodec } from './record-codec';
import { FILE_MODE } from './record-names';
import { syncthingAddress } from './syncthing-address';
import { syncthingAnswers } from './syncthing-answers';

/** Where the API key is bound when it is sealed: it can pass for no record. */
const SEALED_AS = 'syncthing-api-key';

const connectionFileSchema = z.strictObject({ address: z.string(), apiKey: z.string() });

export interface SyncthingDeps {
  dataDir: string;
  /**
   * This computer's connection to its Syncthing, kept beside the data folder
   * (never synced, never in a backup or an export), readable by this user only;
   * the API key in it is sealed with the data key whenever encryption is open.
   */
  file: string;
  codec: RecordCodec;
  onChange(status: SyncthingStatus): void;
  /** How often the state is asked while an address is set. */
  pollMs?: number;
}

class Answered extends Error {
  constructor(readonly state: SyncthingState) {
    super(state);
  }
}

/** Syncthing writes `~/…` for folders under the home folder; symlinks and trailing slashes name the same folder. */
function samePlace(syncthingPath: string, dataDir: string): boolean {
  const expand = (given: string) => (given === '~' || given.startsWith('~/') ? path.join(os.homedir(), given.slice(1)) : given);
  const real = (given: string) => {
    try {
      return realpathSync(given);
    } catch {
      return path.resolve(given);
    }
  };
  return real(expand(syncthingPath)) === real(dataDir);
}

function timeOf(iso: unknown): number | null {
  const at = typeof iso === 'string' ? Date.parse(iso) : Number.NaN;
  // Syncthing says "0001-01-01T00:00:00Z" for never.
  return Number.isFinite(at) && at > 0 ? at : null;
}

/**
 * Asks the Syncthing on this computer, through its REST API, how this room's
 * data folder stands: up to date, syncing (how far), disconnected (no other
 * computer connected) or paused, and when a file last changed. Checked every
 * few seconds while an address is set; windows hear only when it changes.
 */
export class SyncthingStatusService {
  private timer: NodeJS.Timeout | null = null;
  private lastSaid = '';
  private stopped = false;

  constructor(private readonly deps: SyncthingDeps) {}

  /** Starts checking when an address was set before. */
  start(): void {
    if (this.read()) this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  async status(): Promise<SyncthingStatus> {
    return this.tell(await this.check());
  }

  async connect(given: { address: string; apiKey: string }): Promise<SyncthingStatus> {
    const checked = syncthingAddress(given.address);
    if ('problem' in checked) throw refused(checked.problem);
    this.write({ address: checked.address, apiKey: given.apiKey });
    const status = await this.status();
    this.schedule(this.pollMs);
    return status;
  }

  forget(): Promise<SyncthingStatus> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    rmSync(this.deps.file, { force: true });
    return this.status();
  }

  private get pollMs(): number {
    return this.deps.pollMs ?? 2000;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.read()) return;
      // A check that fails for a reason of its own is tried again at the next poll; it must never stop the app.
      void this.status()
        .catch((error: unknown) => console.error('Checking Syncthing failed:', error))
        .finally(() => this.schedule(this.pollMs));
    }, delay);
    // Checking Syncthing never keeps the app (or a test) running.
    this.timer.unref();
  }

  /** Pushes only a change, so a steady state costs the windows nothing. */
  private tell(status: SyncthingStatus): SyncthingStatus {
    const said = JSON.stringify(status);
    if (said !== this.lastSaid) {
      this.lastSaid = said;
      this.deps.onChange(status);
    }
    return status;
  }

  private read(): z.infer<typeof connectionFileSchema> | null {
    let stored: unknown;
    try {
      stored = JSON.parse(readFileSync(this.deps.file, 'utf8'));
    } catch {
      // Missing, or not ours to read: as if none was given; saving the connection again replaces it.
      return null;
    }
    const parsed = connectionFileSchema.safeParse(stored);
    return parsed.success ? parsed.data : null;
  }

  private write(connection: z.infer<typeof connectionFileSchema>): void {
    const sealed = this.deps.codec.seal(JSON.stringify(connection.apiKey), SEALED_AS);
    const temp = `${this.deps.file}.tmp`;
    writeFileSync(temp, JSON.stringify({ address: connection.address, apiKey: sealed ?? connection.apiKey }, null, '\t'), { mode: FILE_MODE });
    renameSync(temp, this.deps.file);
  }

  /** The API key, sealed now if encryption opened since it was saved; null while it is sealed and the key is closed. */
  private apiKey(connection: z.infer<typeof connectionFileSchema>): string | null {
    if (!isEncryptedText(connection.apiKey)) {
      if (this.deps.codec.sealing) this.write(connection);
      return connection.apiKey;
    }
    try {
      return this.deps.codec.decode(connection.apiKey, SEALED_AS) as string;
    } catch {
      return null;
    }
  }

  private async check(): Promise<SyncthingStatus> {
    const base = { percent: null, connected: 0, lastChange: null, folderPath: this.deps.dataDir };
    const connection = this.read();
    if (!connection) return { ...base, state: 'not-set', address: null };
    const apiKey = this.apiKey(connection);
    if (apiKey === null) return { ...base, state: 'locked', address: connection.address };
    try {
      return { ...base, address: connection.address, ...(await this.ask(connection.address, apiKey)) };
    } catch (error) {
      if (error instanceof Answered) return { ...base, state: error.state, address: connection.address };
      throw error;
    }
  }

  private async ask(address: string, apiKey: string): Promise<Pick<SyncthingStatus, 'state' | 'percent' | 'connected' | 'lastChange'>> {
    const api = async <T>(route: string, schema: z.ZodType<T>): Promise<T> => {
      let response: Response;
      try {
        response = await fetch(`${address}${route}`, { headers: { 'X-API-Key': apiKey }, signal: AbortSignal.timeout(5000) });
      } catch {
        throw new Answered('unreachable');
      }
      if (response.status === 401 || response.status === 403) throw new Answered('key-refused');
      if (!response.ok) throw new Answered('unreachable');
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new Answered('not-syncthing');
      }
      // Anything else at that address (another program, a proxy) may answer JSON of its own: only Syncthing's shape is read.
      const parsed = schema.safeParse(body);
      if (!parsed.success) throw new Answered('not-syncthing');
      return parsed.data;
    };
    const system = await api('/rest/system/status', syncthingAnswers.system);
    const folders = await api('/rest/config/folders', syncthingAnswers.folders);
    const folder = folders.find((each) => samePlace(each.path, this.deps.dataDir));
    if (!folder) throw new Answered('not-shared');
    const id = encodeURIComponent(folder.id);
    const [connections, local, remote, stats] = await Promise.all([
      api('/rest/system/connections', syncthingAnswers.connections),
      api(`/rest/db/status?folder=${id}`, syncthingAnswers.local),
      api(`/rest/db/completion?folder=${id}`, syncthingAnswers.completion),
      api('/rest/stats/folder', syncthingAnswers.folderStats),
    ]);
    const figure = (value: unknown): number => Number(value) || 0;
    const peers = Object.entries(connections.connections ?? {}).map(([deviceId, peer]) => [deviceId, { connected: peer.connected === true, paused: peer.paused === true }]);
    const lastFile = stats[folder.id] as { lastFile?: { at?: unknown } } | undefined;
    return {
      ...syncStateOf({
        myId: system.myID,
        folder: { paused: folder.paused === true, deviceIds: (folder.devices ?? []).map((device) => device.deviceID) },
        connections: Object.fromEntries(peers),
        local: { state: String(local.state), needBytes: figure(local.needBytes), globalBytes: figure(local.globalBytes), needTotalItems: figure(local.needTotalItems) },
        remoteCompletion: typeof remote.completion === 'number' ? remote.completion : 100,
      }),
      lastChange: timeOf(lastFile?.lastFile?.at),
    };
  }
}

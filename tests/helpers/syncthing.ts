import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

/**
 * Two real Syncthing instances on loopback keeping two folders in step, as two
 * treatment rooms of one clinic would. Configured before first start: listen on
 * 127.0.0.1 only, no discovery, relays or NAT, conflict copies kept.
 */
export interface SyncthingPeer {
  id: string;
  apiUrl: string;
  apiKey: string;
  folder: string;
  process: ChildProcess;
}

export interface SyncthingPair {
  a: SyncthingPeer;
  b: SyncthingPeer;
  /** Stop exchanging changes between the two rooms (both sides pause the other). */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Resolves once each side has seen the other's index and holds everything it has. */
  inStep(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export const FOLDER_ID = 'clinic';

/** `count` ports free on loopback, all different: each is held until all are found, then let go for Syncthing to take. */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  try {
    return await Promise.all(
      servers.map(
        (server) =>
          new Promise<number>((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => {
              const address = server.address();
              if (typeof address === 'object' && address) resolve(address.port);
              else reject(new Error('no port'));
            });
          }),
      ),
    );
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => (server.listening ? server.close(resolve) : resolve(undefined)))));
  }
}

function generate(home: string): string {
  execFileSync('syncthing', ['generate', `--home=${home}`, '--no-default-folder'], { stdio: 'ignore' });
  return execFileSync('syncthing', [`--home=${home}`, '--device-id'], { encoding: 'utf8' }).trim();
}

function setOption(xml: string, name: string, value: string): string {
  const pattern = new RegExp(`<${name}>[^<]*</${name}>`);
  if (!pattern.test(xml)) throw new Error(`Syncthing's config has no <${name}> option to set`);
  return xml.replace(pattern, `<${name}>${value}</${name}>`);
}

function configure(home: string, self: { id: string; port: number }, other: { id: string; port: number }, folder: string): void {
  const file = path.join(home, 'config.xml');
  let xml = readFileSync(file, 'utf8');
  const options: Record<string, string> = {
    listenAddress: `tcp://127.0.0.1:${self.port}`,
    globalAnnounceEnabled: 'false',
    localAnnounceEnabled: 'false',
    relaysEnabled: 'false',
    natEnabled: 'false',
    urAccepted: '-1',
    crashReportingEnabled: 'false',
    startBrowser: 'false',
    autoUpgradeIntervalH: '0',
    // The default 60 s made a resumed pair take up to half a minute to reconnect.
    reconnectionIntervalS: '1',
    // Otherwise its worker moves to a process group of its own and outlives a kill of ours.
    setLowPriority: 'false',
  };
  for (const [name, value] of Object.entries(options)) xml = setOption(xml, name, value);
  const device = (id: string, port: number) =>
    `<device id="${id}" name="${id.slice(0, 7)}" compression="metadata" introducer="false"><address>tcp://127.0.0.1:${port}</address><paused>false</paused></device>`;
  const folderXml =
    `<folder id="${FOLDER_ID}" label="Clinic" path="${folder}" type="sendreceive" rescanIntervalS="60" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">` +
    `<filesystemType>basic</filesystemType><device id="${self.id}"></device><device id="${other.id}"></device>` +
    // A hand-written folder otherwise gets maxConflicts 0: no conflict copy, the older edit silently lost.
    `<maxConflicts>10</maxConflicts><minDiskFree unit="%">0</minDiskFree></folder>`;
  xml = xml.replace('<gui ', `${device(other.id, other.port)}\n${folderXml}\n<gui `);
  writeFileSync(file, xml);
}

async function api(peer: Pick<SyncthingPeer, 'apiUrl' | 'apiKey'>, route: string, method = 'GET'): Promise<unknown> {
  const response = await fetch(`${peer.apiUrl}${route}`, { method, headers: { 'X-API-Key': peer.apiKey } });
  if (!response.ok) throw new Error(`Syncthing answered ${response.status} to ${method} ${route}`);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** Polls Syncthing's own answer (vi.waitFor), so a room still starting or syncing is waited for, never slept through. */
async function waitFor(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  try {
    await vi.waitFor(
      async () => {
        if (!(await check())) throw new Error(`not yet: ${what}`);
      },
      { timeout: timeoutMs, interval: 100 },
    );
  } catch {
    throw new Error(`Syncthing: timed out waiting for ${what}`);
  }
}

async function connected(peer: SyncthingPeer, otherId: string): Promise<boolean> {
  const state = (await api(peer, '/rest/system/connections')) as { connections: Record<string, { connected: boolean }> };
  return state.connections[otherId]?.connected === true;
}

async function complete(peer: SyncthingPeer, otherId: string): Promise<boolean> {
  const completion = (await api(peer, `/rest/db/completion?folder=${FOLDER_ID}&device=${otherId}`)) as {
    completion: number;
    remoteState?: string;
    sequence?: number;
  };
  const status = (await api(peer, `/rest/db/status?folder=${FOLDER_ID}`)) as { state: string; needTotalItems: number; globalFiles: number };
  // Completion says 100 % before the other side has sent any index: with files about, also wait for a sequence.
  const indexSeen = status.globalFiles === 0 || (completion.sequence ?? 0) > 0;
  return completion.completion === 100 && indexSeen && status.state === 'idle' && status.needTotalItems === 0;
}

export async function startSyncthingPair(folderA: string, folderB: string): Promise<SyncthingPair> {
  const root = mkdtempSync(path.join(tmpdir(), 'stillpoint-syncthing-'));
  const homes = [path.join(root, 'a'), path.join(root, 'b')] as const;
  const ids = homes.map(generate);
  const [portA, portB, guiA, guiB] = await freePorts(4);
  const ports = [portA!, portB!];
  const guiPorts = [guiA!, guiB!];
  const folders = [folderA, folderB];
  const peers = homes.map((home, i) => {
    const other = 1 - i;
    configure(home, { id: ids[i]!, port: ports[i]! }, { id: ids[other]!, port: ports[other]! }, folders[i]!);
    const apiKey = `stillpoint-test-${i}-${Date.now()}`;
    const child = spawn(
      'syncthing',
      ['serve', `--home=${home}`, '--no-browser', '--no-restart', `--gui-address=127.0.0.1:${guiPorts[i]}`, `--gui-apikey=${apiKey}`],
      { stdio: 'ignore', env: { ...process.env, STNORESTART: '1', STNOUPGRADE: '1' } },
    );
    return { id: ids[i]!, apiUrl: `http://127.0.0.1:${guiPorts[i]}`, apiKey, folder: folders[i]!, process: child } satisfies SyncthingPeer;
  });
  const [a, b] = peers as [SyncthingPeer, SyncthingPeer];

  const pair: SyncthingPair = {
    a,
    b,
    async pause() {
      await api(a, `/rest/system/pause?device=${b.id}`, 'POST');
      await api(b, `/rest/system/pause?device=${a.id}`, 'POST');
      await waitFor('the rooms to disconnect', 20_000, async () => !(await connected(a, b.id)) && !(await connected(b, a.id)));
    },
    async resume() {
      await api(a, `/rest/system/resume?device=${b.id}`, 'POST');
      await api(b, `/rest/system/resume?device=${a.id}`, 'POST');
      await waitFor('the rooms to reconnect', 60_000, async () => (await connected(a, b.id)) && (await connected(b, a.id)));
    },
    async inStep(timeoutMs = 60_000) {
      await waitFor('both rooms to be in step', timeoutMs, async () => (await complete(a, b.id)) && (await complete(b, a.id)));
    },
    async stop() {
      for (const peer of peers) {
        if (peer.process.exitCode === null) {
          const exited = new Promise((resolve) => peer.process.once('exit', resolve));
          peer.process.kill('SIGTERM');
          await exited;
        }
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
  try {
    await waitFor('the rooms to connect', 60_000, async () => (await connected(a, b.id)) && (await connected(b, a.id)));
  } catch (error) {
    await pair.stop();
    throw error;
  }
  return pair;
}

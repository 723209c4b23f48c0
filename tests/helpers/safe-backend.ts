import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createBackend, type BackendDeps } from '../../electron/services/backend';
import type { PushChannel } from '../../shared/contract/channels';
import { ManualClock } from './manual-clock';
import { T0 } from './sessions';

export interface Layout {
  root: string;
  dataDir: string;
  backupsDir: string;
  quarantineDir: string;
}

/** The desktop layout inside a temp folder: data/, backups/ and quarantine/ side by side. */
export function layoutIn(root: string): Layout {
  const dataDir = path.join(root, 'data');
  mkdirSync(dataDir, { recursive: true });
  return { root, dataDir, backupsDir: path.join(root, 'backups'), quarantineDir: path.join(root, 'quarantine') };
}

export function safeBackend(layout: Layout, extra: Partial<BackendDeps> = {}, clock = new ManualClock(T0)) {
  const pushes: { channel: PushChannel; payload: unknown }[] = [];
  let n = 0;
  const backend = createBackend({
    dataDir: layout.dataDir,
    backupsDir: layout.backupsDir,
    quarantineDir: layout.quarantineDir,
    clock,
    push: (channel, payload) => pushes.push({ channel, payload }),
    notify: () => undefined,
    newId: () => `s-${++n}`,
    appVersion: '1.0.0',
    ...extra,
  });
  /** Calls a channel and returns its value, failing loudly on an error envelope. */
  async function call<T = any>(channel: string, payload: unknown = {}): Promise<T> {
    const envelope = await backend.handle(channel, payload);
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value as T;
  }
  return { backend, pushes, clock, call };
}

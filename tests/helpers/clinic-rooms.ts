import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createBackend, type Backend } from '../../electron/services/backend';
import type { InvokeChannel, PushChannel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import { ManualClock } from './manual-clock';
import { T0 } from './sessions';
import { useTempDirs } from './temp-dir';

/**
 * Rooms of one clinic for service tests: each a back end on its own folder,
 * watching it, its pushes recorded; files are carried between the folders by
 * hand, as a sync engine would.
 */
export function clinicRooms() {
  const tempDir = useTempDirs();
  const open: Backend[] = [];
  afterEach(() => {
    for (const backend of open.splice(0)) backend.close();
  });

  /** A back end watching its folder, its pushes recorded. */
  async function room(roomName: string) {
    const dataDir = tempDir();
    const pushes: { channel: PushChannel; payload: unknown }[] = [];
    const clock = new ManualClock(T0);
    const backend = createBackend({ dataDir, clock, push: (channel, payload) => pushes.push({ channel, payload }), notify: () => undefined });
    open.push(backend);
    async function call<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      const answer = await backend.handle(channel, request);
      if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
      return answer.value as ResponseOf<C>;
    }
    await call('settings.update', { roomName });
    // The folder is watched once the start-up check is done.
    await backend.idle();
    const changes = () => pushes.filter((each) => each.channel === 'records.changed').map((each) => each.payload);
    return { dataDir, clock, call, changes };
  }

  /** Brings a file over as a sync engine does: a temp name first, then a rename. */
  function arrive(fromDir: string, toDir: string, relative: string, as = relative): void {
    mkdirSync(path.join(toDir, path.dirname(as)), { recursive: true });
    const temp = path.join(toDir, path.dirname(as), `.syncthing.${path.basename(as)}.tmp`);
    writeFileSync(temp, readFileSync(path.join(fromDir, relative)));
    renameSync(temp, path.join(toDir, as));
  }

  return { room, arrive };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../../../electron/services/backend';
import type { SyncthingStatus } from '../../../../shared/contract/syncthing-channels';
import { syncthingSentence } from '../../../../shared/sync/syncthing-state';
import { ManualClock } from '../../../helpers/manual-clock';
import { T0 } from '../../../helpers/sessions';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const opened: { backend: Backend; server: Server }[] = [];

afterEach(async () => {
  for (const { backend, server } of opened.splice(0)) {
    backend.close();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** Something at Syncthing's address that takes any key and answers every question with `answer`, as another program or a proxy might. */
async function impostor(answer: unknown) {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const pushes: SyncthingStatus[] = [];
  const backend = createBackend({
    dataDir: path.join(tempDir(), 'data'),
    clock: new ManualClock(T0),
    push: (channel, payload) => {
      if (channel === 'syncthing.changed') pushes.push(payload as SyncthingStatus);
    },
    notify: () => undefined,
    syncthingPollMs: 50,
  });
  opened.push({ backend, server });
  return { backend, pushes, address: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('an address where something other than Syncthing answers', () => {
  it.each([[{}], [[]], ['text'], [{ myID: 7 }], [null]])('answering %j is said to be not Syncthing, and the checks go on without harm', async (answer) => {
    const { backend, pushes, address } = await impostor(answer);
    const connected = await backend.handle('syncthing.connect', { address, apiKey: 'anyKey123' });
    expect(connected).toMatchObject({ ok: true, value: { state: 'not-syncthing', address } });
    const status = (connected as { value: SyncthingStatus }).value;
    expect(syncthingSentence(status, status.folderPath)).toBe(
      `Something answers at ${address}, but it is not Syncthing. Check the address: it is the one Syncthing shows under Actions → Settings → GUI.`,
    );
    // The checks in the background meet the same answers several times over and the back end still answers.
    const before = pushes.length;
    await vi.waitFor(async () => expect((await backend.handle('syncthing.status', {})).ok).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pushes.length).toBe(before);
    expect(await backend.handle('syncthing.status', {})).toMatchObject({ ok: true, value: { state: 'not-syncthing' } });
  });
});

import { describe, expect, it } from 'vitest';
import { registerIpc } from '../../../electron/main/ipc';
import { APP_ORIGIN } from '../../../electron/main/trusted-sender';
import { invokeChannelNames } from '../../../shared/contract/channels';
import { FakeIpcMain } from '../../doubles/electron';

function setUp() {
  const ipcMain = new FakeIpcMain();
  const calls: unknown[] = [];
  registerIpc(ipcMain as never, { handle: async (channel, payload) => (calls.push([channel, payload]), { ok: true, value: 'done' }) }, [APP_ORIGIN]);
  const invoke = (channel: string, frame: unknown, payload: unknown = {}) =>
    ipcMain.handlers.get(channel)!({ senderFrame: frame }, payload);
  return { ipcMain, calls, invoke };
}

describe('IPC registration', () => {
  it('registers exactly the contract’s channels', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...invokeChannelNames].sort());
  });

  it('passes a message from the app’s own top frame to the back end', async () => {
    const { invoke, calls } = setUp();
    expect(await invoke('plans.list', { url: 'app://stillpoint/index.html', parent: null })).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['plans.list', {}]]);
  });

  it('refuses messages from other origins, subframes or unknown senders before the back end sees them', async () => {
    const { invoke, calls } = setUp();
    const refused = { ok: false, error: { code: 'refused', message: 'Only the Stillpoint window may use this channel.' } };
    expect(await invoke('plans.list', { url: 'https://evil.example/', parent: null })).toEqual(refused);
    expect(await invoke('plans.list', { url: 'app://stillpoint/index.html', parent: {} })).toEqual(refused);
    expect(await invoke('plans.list', { url: 'file:///etc/passwd', parent: null })).toEqual(refused);
    expect(await invoke('plans.list', null)).toEqual(refused);
    expect(calls).toEqual([]);
  });
});

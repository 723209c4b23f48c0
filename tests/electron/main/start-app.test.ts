import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKeychainKey } from '../../../electron/main/keychain-key';
import { startApp } from '../../../electron/main/start-app';
import { invokeChannelNames } from '../../../shared/contract/channels';
import { FakeSafeStorage, FakeWebContents, fakeElectron } from '../../doubles/electron';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

async function started(gotLock = true) {
  const userData = tempDir();
  const electron = fakeElectron(userData, { gotLock });
  const result = startApp(electron as never, { bundleDir: path.join(userData, 'dist-electron') });
  electron.app.ready();
  await result.ready;
  return { electron, result, userData };
}

describe('the desktop wiring (startApp against the Electron double)', () => {
  it('takes the single-instance lock, and a second instance quits without opening anything', async () => {
    const { electron, result } = await started(false);
    expect(electron.app.lockRequests).toBe(1);
    expect(result.started).toBe(false);
    expect(electron.app.quitCalls).toBe(1);
    expect(electron.ipcMain.handlers.size).toBe(0);
    expect(electron.BrowserWindow.all).toHaveLength(0);
  });

  it('registers the app:// protocol, denies permissions and registers exactly the contract over IPC', async () => {
    const { electron } = await started();
    expect(electron.registeredSchemes).toMatchObject([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    expect(electron.protocol.handlers.has('app')).toBe(true);
    let granted: boolean | undefined;
    electron.session.defaultSession.permissionRequestHandler!(null, 'geolocation', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...invokeChannelNames].sort());
    const refused = await electron.ipcMain.handlers.get('plans.list')!({ senderFrame: { url: 'https://evil.example/', parent: null } }, {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
  });

  it('opens one locked-down window on the app protocol, never remote content', async () => {
    const { electron } = await started();
    const [window] = electron.BrowserWindow.all;
    expect(window!.loaded).toEqual(['app://stillpoint/index.html']);
    expect(window!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(electron.opened).toEqual(['https://example.org/']);
    let prevented = false;
    contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://evil.example/');
    expect(prevented).toBe(true);
    electron.app.emit('second-instance');
    expect(window!.focused).toBe(1);
  });

  it('offers encryption at rest without opening the keychain until it is turned on', async () => {
    const { electron, userData } = await started();
    expect(existsSync(path.join(userData, 'encryption-key.bin'))).toBe(false);
    const answer: any = await electron.ipcMain.handlers.get('data.status')!({ senderFrame: { url: 'app://stillpoint/index.html', parent: null } }, {});
    expect(answer.value.encryption).toEqual({ enabled: false, available: true, locked: false, recovery: false });
  });
});

describe('the keychain-held key', () => {
  it('is made once, stored sealed, and the same key is opened on the next start', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'encryption-key.bin');
    const keychain = await loadKeychainKey(new FakeSafeStorage() as never, file, 'linux');
    await expect(keychain!.open({ create: false })).rejects.toThrow(/keychain is locked/);
    const first = await keychain!.open({ create: true });
    const sealed = readFileSync(file);
    expect(sealed.toString()).not.toContain(first.toString('base64'));
    const second = await loadKeychainKey(new FakeSafeStorage() as never, file, 'linux');
    expect((await second!.open({ create: false })).equals(first)).toBe(true);
  });

  it('is unavailable without a real keychain', async () => {
    const file = path.join(tempDir(), 'k.bin');
    expect(await loadKeychainKey(new FakeSafeStorage(false) as never, file, 'darwin')).toBeUndefined();
    expect(await loadKeychainKey(new FakeSafeStorage(true, 'basic_text') as never, file, 'linux')).toBeUndefined();
    expect(existsSync(file)).toBe(false);
  });
});

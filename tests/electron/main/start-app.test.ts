import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../../electron/main/start-app';
import { ENCRYPTED_PREFIX } from '../../../electron/services/encryption';
import { invokeChannelNames } from '../../../shared/contract/channels';
import { FakeWebContents, fakeElectron } from '../../doubles/electron';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const newClient = { name: 'Ada Lovelace', contact: '', dateOfBirth: '', ageBand: null, goals: '', notes: '', preferredPressure: null };
const fromApp = { senderFrame: { url: 'app://stillpoint/index.html', parent: null } };

async function started(options: { gotLock?: boolean; userData?: string; prepare?: (electron: ReturnType<typeof fakeElectron>) => void } = {}) {
  const userData = options.userData ?? tempDir();
  const electron = fakeElectron(userData, { gotLock: options.gotLock ?? true });
  options.prepare?.(electron);
  const result = startApp(electron as never, { bundleDir: path.join(userData, 'dist-electron') });
  electron.app.ready();
  await result.ready;
  const call = async (channel: string, payload: unknown = {}): Promise<any> => electron.ipcMain.handlers.get(channel)!(fromApp, payload);
  return { electron, result, userData, call };
}

/** Starts, switches encryption on, quits: the folder then holds encrypted records and a sealed key. */
async function folderWithEncryptionOn(): Promise<string> {
  const first = await started();
  expect((await first.call('clients.create', { fields: newClient })).ok).toBe(true);
  expect((await first.call('data.encryption.set', { enabled: true })).value).toMatchObject({ enabled: true, locked: false });
  first.electron.app.quit();
  return first.userData;
}

describe('the desktop wiring (startApp against the Electron double)', () => {
  it('takes the single-instance lock, and a second instance quits without opening anything', async () => {
    const { electron, result } = await started({ gotLock: false });
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

  it('makes the hidden handout window once the room window shows, so the first handout does not wait for it', async () => {
    const { electron } = await started();
    expect(electron.BrowserWindow.all).toHaveLength(1);
    const [room] = electron.BrowserWindow.all;
    room!.emit('ready-to-show');
    expect(electron.BrowserWindow.all).toHaveLength(2);
    const handout = electron.BrowserWindow.all[1]!;
    expect(handout.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true } });
    // Closing the room window lets the app quit: the hidden window goes with it.
    room!.emit('closed');
    await expect.poll(() => handout.destroyed).toBe(true);
  });

  it('keeps records, backups, quarantine and the lock inside its own folder', async () => {
    const { userData, call } = await started();
    await call('data.backup.now');
    expect(existsSync(path.join(userData, 'data'))).toBe(true);
    expect(existsSync(path.join(userData, 'backups'))).toBe(true);
    expect(existsSync(path.join(userData, 'stillpoint.lock'))).toBe(true);
  });
});

describe('the keychain at start', () => {
  it("gives the window the system's regional format for times, not the app's language", async () => {
    const uk = await started({ prepare: (electron) => (electron.app.systemLocale = 'en-GB') });
    expect((await uk.call('app.settings.get')).value.formatLocale).toBe('en-GB');
    uk.electron.app.quit();
    const odd = await started({ prepare: (electron) => (electron.app.systemLocale = 'not a locale!') });
    expect((await odd.call('app.settings.get')).value.formatLocale).toBeNull();
    odd.electron.app.quit();
  });

  it('is not touched on a first run, and no key is made until encryption is switched on', async () => {
    const { electron, userData, call } = await started();
    expect(electron.safeStorage.calls).toBe(0);
    expect(existsSync(path.join(userData, 'encryption-key.bin'))).toBe(false);
    expect((await call('data.status')).value.encryption).toMatchObject({ enabled: false, available: true, locked: false });
    expect((await call('data.encryption.set', { enabled: true })).value).toMatchObject({ enabled: true, available: true, locked: false });
    expect(electron.safeStorage.calls).toBeGreaterThan(0);
    expect(existsSync(path.join(userData, 'encryption-key.bin'))).toBe(true);
  });

  it('opens the key at start when encryption is on', async () => {
    const userData = await folderWithEncryptionOn();
    const again = await started({ userData });
    expect((await again.call('data.status')).value.encryption).toMatchObject({ enabled: true, locked: false });
    expect((await again.call('clients.search', { query: '' })).value).toMatchObject({ total: 1, clients: [{ name: 'Ada Lovelace' }], unreadable: [] });
    const plans = await again.call('plans.list');
    expect(plans.value.length).toBeGreaterThan(0);
    expect(readFileSync(path.join(userData, 'data', 'plans', `${plans.value[0].id}.json`), 'utf8').startsWith(ENCRYPTED_PREFIX)).toBe(true);
  });

  const keychainTrouble: [string, (userData: string, electron: ReturnType<typeof fakeElectron>) => void][] = [
    ['is temporarily unavailable', (_dir, electron) => (electron.safeStorage.decryptError = new Error('Keychain temporarily unavailable'))],
    ['is not available at all', (_dir, electron) => (electron.safeStorage.available = false)],
    ['finds an empty key file', (dir) => writeFileSync(path.join(dir, 'encryption-key.bin'), '')],
    ['finds a damaged key file', (dir) => writeFileSync(path.join(dir, 'encryption-key.bin'), 'v11 not a key at all')],
  ];
  for (const [what, breakIt] of keychainTrouble) {
    it(`starts anyway and shows encryption as locked when the keychain ${what}`, async () => {
      const userData = await folderWithEncryptionOn();
      const { electron, call } = await started({ userData, prepare: (e) => breakIt(userData, e) });
      expect(electron.dialog.errorBoxes).toEqual([]);
      expect(electron.app.exitCode).toBeNull();
      expect(electron.BrowserWindow.all).toHaveLength(1);
      expect((await call('data.status')).value.encryption).toMatchObject({ enabled: true, locked: true });
      // Nothing is written unencrypted meanwhile, and the key file is left as it was.
      expect((await call('clients.create', { fields: newClient })).ok).toBe(false);
    });
  }
});

describe('a start that cannot go on', () => {
  async function fatal(userData: string) {
    const run = await started({ userData });
    expect(run.electron.BrowserWindow.all).toHaveLength(0);
    expect(run.electron.app.exitCode).toBe(1);
    expect(run.electron.dialog.errorBoxes).toHaveLength(1);
    return { ...run, box: run.electron.dialog.errorBoxes[0]! };
  }

  it('says so in a dialog and exits when the data folder is a file', async () => {
    const userData = tempDir();
    writeFileSync(path.join(userData, 'data'), 'not a folder');
    const { box } = await fatal(userData);
    expect(box.title).toBe('Stillpoint cannot use its data folder');
    expect(box.content).toContain(path.join(userData, 'data'));
    expect(box.content).toMatch(/there is a file in its place.*Rename or move that file/);
    expect(readFileSync(path.join(userData, 'data'), 'utf8')).toBe('not a folder');
  });

  it.skipIf(process.getuid?.() === 0)('says so in a dialog and exits when the data folder cannot be written', async () => {
    const userData = tempDir();
    mkdirSync(path.join(userData, 'data'));
    chmodSync(path.join(userData, 'data'), 0o555);
    const { box } = await fatal(userData);
    expect(box.content).toMatch(/cannot save anything in its data folder .*not allowed to write there/);
    chmodSync(path.join(userData, 'data'), 0o755);
  });

  it('refuses a data folder another running Stillpoint has open, naming it', async () => {
    const userData = tempDir();
    const other = { pid: process.ppid, host: os.hostname(), app: 'browser', since: new Date().toISOString() };
    writeFileSync(path.join(userData, 'stillpoint.lock'), JSON.stringify(other));
    const { box } = await fatal(userData);
    expect(box.title).toBe('Stillpoint is already open');
    expect(box.content).toContain(`process ${process.ppid}, browser mode`);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const userData = tempDir();
    const crashed = { pid: 2 ** 22 + 17, host: os.hostname(), app: 'desktop', since: '2026-01-01T00:00:00.000Z' };
    writeFileSync(path.join(userData, 'stillpoint.lock'), JSON.stringify(crashed));
    const { electron } = await started({ userData });
    expect(electron.BrowserWindow.all).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(userData, 'stillpoint.lock'), 'utf8')).pid).toBe(process.pid);
  });

  it('shows any other error in the ready chain instead of leaving a windowless process', async () => {
    const { electron } = await started({
      prepare: (e) => {
        e.protocol.handle = () => {
          throw new Error('the app protocol could not be registered');
        };
      },
    });
    expect(electron.app.exitCode).toBe(1);
    expect(electron.dialog.errorBoxes[0]).toMatchObject({ title: 'Stillpoint could not start' });
    expect(electron.dialog.errorBoxes[0]!.content).toMatch(/the app protocol could not be registered.*\n\nYour records were not changed\. Start Stillpoint again/s);
  });
});

describe('quitting', () => {
  it('quits at once, releasing the data folder, when everything is on disk', async () => {
    const { electron, userData } = await started();
    electron.app.quit();
    expect(electron.dialog.messageBoxes).toEqual([]);
    expect(existsSync(path.join(userData, 'stillpoint.lock'))).toBe(false);
  });
});

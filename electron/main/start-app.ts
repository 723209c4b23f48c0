import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type * as ElectronModule from 'electron';
import type { HandoutPrinter } from '../services/handout-printer';
import { createBackend, type Backend } from '../services/backend';
import { systemClock, type Clock } from '../services/clock';
import { prepareDataFolder } from '../services/data-folder';
import { lockFolder, type FolderLock } from '../services/folder-lock';
import { folderLayout } from '../services/paths';
import { appSchemePrivileges, registerAppProtocol } from './app-protocol';
import { registerIpc } from './ipc';
import { createElectronPrinter } from './handout-printer';
import { createKeepAwake } from './keep-awake';
import { keychainKey } from './keychain-key';
import { startFailureMessage } from './start-failure';
import { mayQuit } from './quit-guard';
import { menuTemplate, type MenuCommand } from './menu';
import { createMiniWindowControl, miniWindowOptions } from './mini-window';
import { denyAllPermissions, lockDownContents } from './security';
import { APP_ORIGIN } from './trusted-sender';
import { roomWindowOptions } from './window-options';
import { loadWindowState, rememberWindowPlace, saveWindowState } from './window-place';
import { restorableState } from './window-state';

export type Electron = Pick<
  typeof ElectronModule,
  | 'app'
  | 'BrowserWindow'
  | 'dialog'
  | 'ipcMain'
  | 'Menu'
  | 'Notification'
  | 'powerMonitor'
  | 'powerSaveBlocker'
  | 'protocol'
  | 'screen'
  | 'session'
  | 'shell'
  | 'safeStorage'
>;

export interface StartOptions {
  /** The folder holding main.cjs and preload.cjs. */
  bundleDir: string;
  devServerUrl?: string;
  /** The system clock unless a test moves time by hand. */
  clock?: Clock;
}

/**
 * The whole desktop wiring, given the Electron module, so a test can run it
 * against the test double: one instance, locked-down contents, the app
 * protocol, no permissions, the contract over checked IPC, then the window.
 */
export function startApp(electron: Electron, options: StartOptions): { started: boolean; ready: Promise<void> } {
  const { app, BrowserWindow, dialog, ipcMain, Menu, Notification, powerMonitor, powerSaveBlocker, protocol, screen, session, shell, safeStorage } =
    electron;
  const devServerUrl = !app.isPackaged ? options.devServerUrl : undefined;
  const trustedOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];
  const distDir = path.join(options.bundleDir, '..', 'dist');

  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { started: false, ready: Promise.resolve() };
  }

  let roomWindow: ElectronModule.BrowserWindow | null = null;
  let printer: HandoutPrinter | null = null;

  function createRoomWindow(): ElectronModule.BrowserWindow {
    // The scanner cannot see into roomWindowOptions(); tests/electron/main/security.test.ts checks each switch:
    // electronegativity-ok: CONTEXT_ISOLATION_JS_CHECK contextIsolation is true in roomWindowOptions.
    // electronegativity-ok: SANDBOX_JS_CHECK sandbox is true in roomWindowOptions.
    // electronegativity-ok: AUXCLICK_JS_CHECK Auxclick is disabled in roomWindowOptions and every new window is denied.
    const placeFile = path.join(app.getPath('userData'), 'window-state.json');
    const saved = restorableState(loadWindowState(placeFile), screen.getAllDisplays().map((display) => display.workArea));
    const place = saved ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : {};
    const window = new BrowserWindow({ ...roomWindowOptions(path.join(options.bundleDir, 'preload.cjs')), ...place });
    if (saved?.maximized) window.maximize();
    rememberWindowPlace(window, (state) => saveWindowState(placeFile, state));
    window.once('ready-to-show', () => {
      window.show();
      // The hidden handout window is made now, while the therapist settles in, not when the first handout is saved.
      printer?.prepare?.();
    });
    window.on('closed', () => {
      roomWindow = null;
      // The print window kept ready is hidden; left open it would stop the app quitting.
      void printer?.close?.();
    });
    void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
    return window;
  }

  const windowIsOutOfSight = (): boolean =>
    !roomWindow || !roomWindow.isVisible() || roomWindow.isMinimized() || !roomWindow.isFocused();

  app.on('second-instance', () => {
    if (!roomWindow) return;
    if (roomWindow.isMinimized()) roomWindow.restore();
    roomWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    // electronegativity-ok: OPEN_EXTERNAL_JS_CHECK lockDownContents passes only isVettedExternalUrl links (https, no credentials).
    lockDownContents(contents, (url) => void shell.openExternal(url), trustedOrigins);
  });

  let folderLock: FolderLock | null = null;
  let backend: Backend | null = null;

  async function start(): Promise<void> {
    registerAppProtocol(protocol, distDir);
    denyAllPermissions(session.defaultSession);
    const layout = folderLayout(app.getPath('userData'));
    prepareDataFolder(layout);
    folderLock = lockFolder(layout.lockFile, { app: 'desktop' });
    const keepAwake = createKeepAwake(powerSaveBlocker);
    const preload = path.join(options.bundleDir, 'preload.cjs');
    const miniWindow = createMiniWindowControl(
      // electronegativity-ok: CONTEXT_ISOLATION_JS_CHECK miniWindowOptions spreads roomWindowOptions (contextIsolation true).
      // electronegativity-ok: SANDBOX_JS_CHECK miniWindowOptions spreads roomWindowOptions (sandbox true).
      // electronegativity-ok: AUXCLICK_JS_CHECK miniWindowOptions spreads roomWindowOptions (Auxclick disabled).
      () => new BrowserWindow(miniWindowOptions(preload)),
      devServerUrl ?? `${APP_ORIGIN}/index.html`,
    );
    printer = createElectronPrinter({
      // electronegativity-ok: CONTEXT_ISOLATION_JS_CHECK handoutWindowOptions sets contextIsolation, tested in handout-printer.test.ts.
      // electronegativity-ok: SANDBOX_JS_CHECK handoutWindowOptions sets sandbox and turns JavaScript off.
      // electronegativity-ok: AUXCLICK_JS_CHECK handoutWindowOptions disables Auxclick; the page runs no script.
      createWindow: (windowOptions) => new BrowserWindow(windowOptions),
      dialog,
      parentWindow: () => roomWindow,
      writeFile: (filePath, data) => writeFile(filePath, data),
    });
    const running = createBackend({
      dataDir: layout.dataDir,
      backupsDir: layout.backupsDir,
      quarantineDir: layout.quarantineDir,
      clock: options.clock ?? systemClock,
      appVersion: app.getVersion(),
      // The region's format, not the app's language: an English system set to the UK writes 20:58, not 8:58 PM.
      formatLocale: app.getSystemLocale(),
      keys: keychainKey(safeStorage, layout.keyFile),
      push: (channel, payload) => {
        for (const window of BrowserWindow.getAllWindows()) window.webContents.send(channel, payload);
        if (channel === 'session.changed') keepAwake(running.isSessionRunning());
      },
      notify: (title, body) => {
        if (windowIsOutOfSight() && Notification.isSupported()) new Notification({ title, body, silent: true }).show();
      },
      miniWindow,
      printer,
    });
    backend = running;
    keepAwake(running.isSessionRunning());
    registerIpc(ipcMain, running, trustedOrigins);
    powerMonitor.on('resume', () => running.wake());
    powerMonitor.on('unlock-screen', () => running.wake());
    // Menu commands act on the room window's screens, even when the mini window has focus.
    const sendToWindow = (command: MenuCommand): void => {
      if (!roomWindow) return;
      if (roomWindow.isMinimized()) roomWindow.restore();
      roomWindow.focus();
      roomWindow.webContents.send('app.menu', { command });
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', appName: app.name, send: sendToWindow })));
    roomWindow = createRoomWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) roomWindow = createRoomWindow();
    });
  }

  /** Nothing may leave a windowless process holding the single-instance lock: say what happened, then go. */
  function failStart(error: unknown): void {
    const { title, message } = startFailureMessage(error);
    dialog.showErrorBox(title, message);
    backend?.close();
    folderLock?.release();
    app.exit(1);
  }

  let quitting: 'asking' | 'allowed' | null = null;
  app.on('before-quit', (event) => {
    if (!backend || quitting === 'allowed' || (quitting === null && backend.diskStatus().pending.length === 0)) {
      backend?.close();
      folderLock?.release();
      return;
    }
    event.preventDefault();
    if (quitting === 'asking') return;
    quitting = 'asking';
    void mayQuit({ dialog, backend, parentWindow: () => roomWindow }).then(
      (go) => {
        quitting = go ? 'allowed' : null;
        if (go) app.quit();
        else if (!roomWindow) roomWindow = createRoomWindow();
      },
      failStart,
    );
  });

  const ready = app.whenReady().then(start).catch(failStart);

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  return { started: true, ready };
}

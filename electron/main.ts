import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Notification,
  powerMonitor,
  powerSaveBlocker,
  protocol,
  session,
  shell,
} from 'electron';
import { createBackend } from './services/backend';
import { systemClock } from './services/clock';
import { dataDirIn } from './services/paths';
import { appSchemePrivileges, registerAppProtocol } from './main/app-protocol';
import { createElectronPrinter } from './main/handout-printer';
import { registerIpc } from './main/ipc';
import { createKeepAwake } from './main/keep-awake';
import { denyAllPermissions, lockDownContents } from './main/security';
import { APP_ORIGIN } from './main/trusted-sender';
import { roomWindowOptions } from './main/window-options';
import { createMiniWindowControl, miniWindowOptions } from './main/mini-window';

const devServerUrl = !app.isPackaged ? process.env.STILLPOINT_DEV_URL : undefined;
const trustedOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];
const distDir = path.join(__dirname, '..', 'dist');

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

let roomWindow: BrowserWindow | null = null;

function createRoomWindow(): BrowserWindow {
  const window = new BrowserWindow(roomWindowOptions(path.join(__dirname, 'preload.cjs')));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    roomWindow = null;
  });
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

function windowIsOutOfSight(): boolean {
  return !roomWindow || !roomWindow.isVisible() || roomWindow.isMinimized() || !roomWindow.isFocused();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!roomWindow) return;
    if (roomWindow.isMinimized()) roomWindow.restore();
    roomWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    lockDownContents(contents, (url) => void shell.openExternal(url), trustedOrigins);
  });

  void app.whenReady().then(() => {
    registerAppProtocol(protocol, distDir);
    denyAllPermissions(session.defaultSession);
    const keepAwake = createKeepAwake(powerSaveBlocker);
    const roomUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;
    const miniWindow = createMiniWindowControl(() => new BrowserWindow(miniWindowOptions(path.join(__dirname, 'preload.cjs'))), roomUrl);
    const backend = createBackend({
      miniWindow,
      dataDir: dataDirIn(app.getPath('userData')),
      clock: systemClock,
      push: (channel, payload) => {
        for (const window of BrowserWindow.getAllWindows()) window.webContents.send(channel, payload);
        if (channel === 'session.changed') keepAwake(backend.isSessionRunning());
      },
      notify: (title, body) => {
        if (windowIsOutOfSight() && Notification.isSupported()) new Notification({ title, body, silent: true }).show();
      },
      printer: createElectronPrinter({
        createWindow: (options) => new BrowserWindow(options),
        dialog,
        parentWindow: () => roomWindow,
        writeFile: (filePath, data) => writeFile(filePath, data),
      }),
    });
    keepAwake(backend.isSessionRunning());
    registerIpc(ipcMain, backend, trustedOrigins);
    powerMonitor.on('resume', () => backend.wake());
    powerMonitor.on('unlock-screen', () => backend.wake());
    roomWindow = createRoomWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) roomWindow = createRoomWindow();
    });
    app.on('before-quit', () => backend.close());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'Stillpoint';

/**
 * Where Electron's app.getPath('userData') points for this app, computed without
 * Electron so browser mode and the desktop app share one data folder.
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER);
}

/** Everything one Stillpoint keeps, all inside one folder, so two folders never share anything. */
export interface FolderLayout {
  /** The folder itself: the desktop app's userData, or browser mode's `--data-dir`. */
  root: string;
  /** The records (sessions/, clients/, ...), apart from Chromium's caches. */
  dataDir: string;
  backupsDir: string;
  quarantineDir: string;
  /** Held while an app has the folder open (folder-lock.ts). */
  lockFile: string;
  /** The desktop app's sealed encryption key. */
  keyFile: string;
}

export function folderLayout(root: string): FolderLayout {
  const resolved = path.resolve(root);
  return {
    root: resolved,
    dataDir: path.join(resolved, 'data'),
    backupsDir: path.join(resolved, 'backups'),
    quarantineDir: path.join(resolved, 'quarantine'),
    lockFile: path.join(resolved, 'stillpoint.lock'),
    keyFile: path.join(resolved, 'encryption-key.bin'),
  };
}

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

/** Records live in a folder of their own inside userData, apart from Chromium's caches. */
export function dataDirIn(userDataDir: string): string {
  return path.join(userDataDir, 'data');
}

import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { roomWindowOptions } from './window-options';

/** The compact room window: small, always on top, same security switches as the room window. */
export function miniWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...roomWindowOptions(preloadPath),
    width: 420,
    height: 240,
    minWidth: 280,
    minHeight: 160,
    title: 'Stillpoint (mini)',
    alwaysOnTop: true,
    show: true,
  };
}

/** The room page's address with the mini route, e.g. app://stillpoint/index.html?view=mini. */
export function miniUrl(roomUrl: string): string {
  const url = new URL(roomUrl);
  url.searchParams.set('view', 'mini');
  return url.toString();
}

type MiniWindow = Pick<BrowserWindow, 'loadURL' | 'close' | 'isDestroyed' | 'setAlwaysOnTop' | 'once'>;

/** Opens or closes the one mini window; answers whether it is open afterwards. */
export function createMiniWindowControl(createWindow: () => MiniWindow, roomUrl: string): (open: boolean) => boolean {
  let window: MiniWindow | null = null;
  return (open) => {
    if (window?.isDestroyed()) window = null;
    if (open && !window) {
      const created = createWindow();
      created.setAlwaysOnTop(true, 'floating');
      created.once('closed', () => {
        if (window === created) window = null;
      });
      void created.loadURL(miniUrl(roomUrl));
      window = created;
    } else if (!open && window) {
      window.close();
      window = null;
    }
    return window !== null;
  };
}

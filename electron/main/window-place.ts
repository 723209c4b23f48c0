import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BrowserWindow } from 'electron';
import { windowStateSchema, type WindowState } from './window-state';

/** The window place saved last time, or undefined if there is none or it does not parse. */
export function loadWindowState(file: string): WindowState | undefined {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Written through a temp file and a rename, so a crash never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

type PlacedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isMinimized' | 'isDestroyed'>;

export interface Scheduler {
  /** Runs `fire` after `ms`; returns a function that cancels it. */
  after(ms: number, fire: () => void): () => void;
}

const realScheduler: Scheduler = {
  after(ms, fire) {
    const timer = setTimeout(fire, ms);
    return () => clearTimeout(timer);
  },
};

/**
 * Saves the window's normal (unmaximised) bounds and whether it was maximised:
 * a while after the last resize or move, and at once when it closes.
 */
export function rememberWindowPlace(window: PlacedWindow, save: (state: WindowState) => void, delayMs = 500, scheduler = realScheduler): void {
  let cancel: (() => void) | null = null;
  const saveNow = (): void => {
    cancel?.();
    cancel = null;
    if (window.isDestroyed() || window.isMinimized()) return;
    const bounds = window.getNormalBounds();
    const state = { x: Math.round(bounds.x), y: Math.round(bounds.y), width: Math.round(bounds.width), height: Math.round(bounds.height), maximized: window.isMaximized() };
    const parsed = windowStateSchema.safeParse(state);
    if (parsed.success) save(parsed.data);
  };
  const later = (): void => {
    cancel?.();
    cancel = scheduler.after(delayMs, saveNow);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('maximize', later);
  window.on('unmaximize', later);
  window.on('close', saveNow);
}

import { describe, expect, it } from 'vitest';
import { createMiniWindowControl, miniUrl, miniWindowOptions } from '../../../electron/main/mini-window';
import { FakeEmitter } from '../../doubles/electron';

class FakeWindow extends FakeEmitter {
  loaded: string[] = [];
  closed = false;
  onTop: unknown[] = [];
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  close(): void {
    this.closed = true;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.closed;
  }
  setAlwaysOnTop(...args: unknown[]): void {
    this.onTop = args;
  }
}

describe('the mini window', () => {
  it('is small, always on top and as locked down as the room window', () => {
    const options = miniWindowOptions('/preload.cjs');
    expect(options).toMatchObject({ alwaysOnTop: true, width: 420, height: 240 });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('loads the same app on the mini route, opens once, and closes on request or by the user', () => {
    const made: FakeWindow[] = [];
    const control = createMiniWindowControl(() => {
      const window = new FakeWindow();
      made.push(window);
      return window as never;
    }, 'app://stillpoint/index.html');
    expect(control(true)).toBe(true);
    expect(control(true)).toBe(true);
    expect(made).toHaveLength(1);
    expect(made[0]!.loaded).toEqual(['app://stillpoint/index.html?view=mini']);
    expect(made[0]!.onTop).toEqual([true, 'floating']);
    expect(control(false)).toBe(false);
    expect(made[0]!.closed).toBe(true);
    expect(control(true)).toBe(true);
    made[1]!.close();
    expect(control(true)).toBe(true);
    expect(made).toHaveLength(3);
    expect(miniUrl('http://localhost:5173/')).toBe('http://localhost:5173/?view=mini');
  });
});

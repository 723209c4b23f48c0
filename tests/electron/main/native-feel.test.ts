import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../../electron/main/start-app';
import { rememberWindowPlace, type Scheduler } from '../../../electron/main/window-place';
import { FakeBrowserWindow, FakeMenu, fakeElectron } from '../../doubles/electron';
import { ManualClock } from '../../helpers/manual-clock';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const trusted = { senderFrame: { url: 'app://stillpoint/index.html', parent: null } };

async function started(options: { savedPlace?: object; workAreas?: { x: number; y: number; width: number; height: number }[] } = {}) {
  const userData = tempDir();
  if (options.savedPlace) writeFileSync(path.join(userData, 'window-state.json'), JSON.stringify(options.savedPlace));
  const electron = fakeElectron(userData, { workAreas: options.workAreas });
  const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0));
  const result = startApp(electron as never, { bundleDir: path.join(userData, 'dist-electron'), clock });
  electron.app.ready();
  await result.ready;
  const [window] = electron.BrowserWindow.all;
  return { electron, userData, clock, window: window! };
}

type Item = { label?: string; role?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
const flatten = (items: Item[]): Item[] => items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

describe('the app menu, installed', () => {
  it('is the application menu, and Print or Save as PDF reach the room window as menu commands', async () => {
    const { window } = await started();
    const items = flatten((FakeMenu.current?.template ?? []) as Item[]);
    expect(items.map((item) => item.role)).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'togglefullscreen']));
    items.find((item) => item.label === 'Print Handout…')!.click!();
    items.find((item) => item.label === 'Save Handout as PDF…')!.click!();
    items.find((item) => item.label === 'User Guide')!.click!();
    expect(window.webContents.sent.filter((message) => message.channel === 'app.menu')).toEqual([
      { channel: 'app.menu', payload: { command: 'print' } },
      { channel: 'app.menu', payload: { command: 'save-pdf' } },
      { channel: 'app.menu', payload: { command: 'open-guide' } },
    ]);
  });

  it('brings a minimised room window back before acting on a menu command', async () => {
    const { window } = await started();
    window.minimized = true;
    flatten((FakeMenu.current?.template ?? []) as Item[]).find((item) => item.label === 'Keyboard Shortcuts')!.click!();
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(1);
  });
});

describe('the window place, remembered', () => {
  it('opens where it was last time, maximised if it was', async () => {
    const { window } = await started({ savedPlace: { x: 200, y: 100, width: 1100, height: 700, maximized: true } });
    expect(window.options).toMatchObject({ x: 200, y: 100, width: 1100, height: 700 });
    expect(window.maximized).toBe(true);
  });

  it('opens at the default size when the saved place is on a screen that is gone', async () => {
    const { window } = await started({ savedPlace: { x: 3000, y: 100, width: 1100, height: 700, maximized: false }, workAreas: [{ x: 0, y: 0, width: 1366, height: 768 }] });
    expect(window.options).not.toHaveProperty('x');
    expect(window.options).toMatchObject({ width: 1280, height: 800 });
  });

  it('ignores a saved place that is not a window place at all', async () => {
    const { window } = await started({ savedPlace: { x: 'left', width: 5 } });
    expect(window.options).not.toHaveProperty('x');
  });

  it('leaves no window-state file behind when nothing moved', async () => {
    const { userData } = await started();
    expect(existsSync(path.join(userData, 'window-state.json'))).toBe(false);
  });

  it('is written when the window closes', async () => {
    const { window, userData } = await started();
    window.normalBounds = { x: 40, y: 30, width: 1000, height: 650 };
    window.emit('close');
    expect(JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8'))).toEqual({ x: 40, y: 30, width: 1000, height: 650, maximized: false });
  });

  it('is saved once, a moment after the last of many moves', () => {
    const window = new FakeBrowserWindow();
    const saves: object[] = [];
    const pending: { fire: () => void; cancelled: boolean }[] = [];
    const scheduler: Scheduler = {
      after(_ms, fire) {
        const timer = { fire, cancelled: false };
        pending.push(timer);
        return () => (timer.cancelled = true);
      },
    };
    rememberWindowPlace(window as never, (state) => saves.push(state), 500, scheduler);
    for (let x = 0; x < 5; x += 1) {
      window.normalBounds = { x: x * 10, y: 0, width: 900, height: 600 };
      window.emit('move');
    }
    expect(saves).toEqual([]);
    for (const timer of pending.filter((each) => !each.cancelled)) timer.fire();
    expect(saves).toEqual([{ x: 40, y: 0, width: 900, height: 600, maximized: false }]);
  });

  it('is not saved while minimised, so it never comes back as a sliver', () => {
    const window = new FakeBrowserWindow();
    const saves: object[] = [];
    rememberWindowPlace(window as never, (state) => saves.push(state));
    window.minimized = true;
    window.emit('close');
    expect(saves).toEqual([]);
  });
});

describe('cues as native notifications', () => {
  async function atFirstCue(setUp: (window: FakeBrowserWindow) => void) {
    const app = await started();
    await app.electron.ipcMain.handlers.get('session.start')!(trusted, { planId: 'default-60' });
    setUp(app.window);
    app.clock.advance(5 * 60_000);
    return app;
  }

  it('shows nothing while the therapist can see the window', async () => {
    const { electron, window } = await atFirstCue(() => undefined);
    expect(window.webContents.sent.some((message) => message.channel === 'cue.due')).toBe(true);
    expect(electron.notifications).toEqual([]);
  });

  for (const [state, setUp] of [
    ['hidden', (window: FakeBrowserWindow) => (window.visible = false)],
    ['minimised', (window: FakeBrowserWindow) => (window.minimized = true)],
    ['behind another app', (window: FakeBrowserWindow) => (window.hasFocus = false)],
  ] as const) {
    it(`shows one quiet notification when the window is ${state}`, async () => {
      const { electron } = await atFirstCue(setUp);
      expect(electron.notifications).toEqual([{ title: 'Stillpoint', body: expect.stringContaining('Consultation'), silent: true }]);
    });
  }
});

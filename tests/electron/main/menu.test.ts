import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate, type MenuCommand } from '../../../electron/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : [])]);
}

describe('the app menu', () => {
  it('has Print and Save as PDF with the usual accelerators, sent to the window', () => {
    const sent: MenuCommand[] = [];
    const items = flatten(menuTemplate({ isMac: false, appName: 'Stillpoint', send: (c) => sent.push(c) }));
    const print = items.find((item) => item.label === 'Print Handout…');
    const save = items.find((item) => item.label === 'Save Handout as PDF…');
    expect(print?.accelerator).toBe('CmdOrCtrl+P');
    expect(save?.accelerator).toBe('CmdOrCtrl+Shift+S');
    (print?.click as () => void)();
    (save?.click as () => void)();
    expect(sent).toEqual(['print', 'save-pdf']);
  });

  it('gives Keyboard Shortcuts no accelerator, so typing "?" in a field never opens it', () => {
    const sent: MenuCommand[] = [];
    const items = flatten(menuTemplate({ isMac: true, appName: 'Stillpoint', send: (c) => sent.push(c) }));
    const keys = items.find((item) => item.label === 'Keyboard Shortcuts');
    (keys?.click as () => void)();
    expect(sent).toEqual(['show-keys']);
    expect(items.filter((item) => /^(Shift\+\/|\?|Shift\+\?)$/.test(String(item.accelerator ?? '')))).toEqual([]);
  });

  it('uses the standard roles, with the app menu only on macOS', () => {
    const roles = (isMac: boolean) =>
      flatten(menuTemplate({ isMac, appName: 'Stillpoint', send: () => undefined })).map((item) => item.role).filter(Boolean);
    expect(roles(false)).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'help', 'quit', 'togglefullscreen']));
    expect(roles(false)).not.toContain('appMenu');
    expect(roles(true)).toEqual(expect.arrayContaining(['appMenu', 'close']));
  });
});

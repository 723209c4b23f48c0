import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/app/app-settings';

export type { MenuCommand };

export interface MenuOptions {
  isMac: boolean;
  appName: string;
  send(command: MenuCommand): void;
}

/** The standard menus, with their roles and accelerators, plus Print and Save as PDF. */
export function menuTemplate({ isMac, appName, send }: MenuOptions): MenuItemConstructorOptions[] {
  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Print Handout…', accelerator: 'CmdOrCtrl+P', click: () => send('print') },
      { label: 'Save Handout as PDF…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send('save-pdf') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      // No accelerator: a menu accelerator fires even while "?" is typed into a text field.
      // The window's own key handler shows the keys, and knows when a field has focus.
      { label: 'Keyboard Shortcuts', click: () => send('show-keys') },
      { label: 'User Guide', click: () => send('open-guide') },
    ],
  };
  return [
    ...(isMac ? [{ label: appName, role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    fileMenu,
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    helpMenu,
  ];
}

import type { BrowserWindow, Dialog, MessageBoxOptions } from 'electron';
import type { Backend } from '../services/backend';

export interface QuitGuardDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  backend: Pick<Backend, 'retryWrites'>;
  parentWindow(): BrowserWindow | null;
}

const KEEP_OPEN = 0;
const TRY_AGAIN = 1;

/**
 * Whether quitting may go ahead. Writes held in memory after disk trouble
 * would be lost by quitting, so they are tried once more first, and if the
 * disk still refuses them the therapist decides, knowing what would be lost.
 */
export async function mayQuit({ dialog, backend, parentWindow }: QuitGuardDeps): Promise<boolean> {
  for (;;) {
    const status = backend.retryWrites();
    if (status.pending.length === 0) return true;
    const count = status.pending.length === 1 ? 'One record is' : `${status.pending.length} records are`;
    const options: MessageBoxOptions = {
      type: 'warning',
      title: 'Not saved yet',
      message: `${count} not saved on disk yet. Quitting now loses ${status.pending.length === 1 ? 'it' : 'them'}.`,
      detail: `Stillpoint tried to save again just now and the disk still refused: ${status.message}`,
      buttons: ['Keep Stillpoint open', 'Try again', 'Quit and lose them'],
      defaultId: KEEP_OPEN,
      cancelId: KEEP_OPEN,
      noLink: true,
    };
    const parent = parentWindow();
    const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
    if (response === KEEP_OPEN) return false;
    if (response !== TRY_AGAIN) return true;
  }
}

import { DataFolderError } from '../services/data-folder';
import { FolderInUseError } from '../services/folder-lock';

/** The words of the dialog shown when Stillpoint cannot start: what happened and what to do. */
export function startFailureMessage(error: unknown): { title: string; message: string } {
  if (error instanceof FolderInUseError) return { title: 'Stillpoint is already open', message: error.message };
  if (error instanceof DataFolderError) return { title: 'Stillpoint cannot use its data folder', message: error.message };
  const what = error instanceof Error ? error.message : String(error);
  return {
    title: 'Stillpoint could not start',
    message:
      `Something went wrong while Stillpoint was starting: ${what}\n\n` +
      'Your records were not changed. Start Stillpoint again; if this message comes back, restart the computer, ' +
      'and if it still comes back, report it with the words above.',
  };
}

import { describe, expect, it } from 'vitest';
import { mayQuit } from '../../../electron/main/quit-guard';
import type { DiskStatus } from '../../../electron/services/disk-writer';
import { FakeDialog } from '../../doubles/electron';

const saved: DiskStatus = { state: 'ok', pending: [], message: 'Everything is saved on disk.' };
const held: DiskStatus = { state: 'retrying', pending: ['session s-1', 'client c-2'], message: 'Saving to disk failed (ENOSPC: no space left on device).' };

/** A back end whose retries answer in turn from `answers`, the last one repeating. */
function backendAnswering(...answers: DiskStatus[]) {
  let retries = 0;
  return {
    retryWrites: () => answers[Math.min(retries++, answers.length - 1)]!,
    get retries() {
      return retries;
    },
  };
}

describe('quitting with writes held in memory', () => {
  it('quits without asking once the retry on quitting saves everything', async () => {
    const dialog = new FakeDialog();
    const backend = backendAnswering(saved);
    expect(await mayQuit({ dialog: dialog as never, backend, parentWindow: () => null })).toBe(true);
    expect(backend.retries).toBe(1);
    expect(dialog.messageBoxes).toEqual([]);
  });

  it('asks when the disk still refuses, saying what would be lost, and staying open is the default', async () => {
    const dialog = new FakeDialog();
    dialog.messageAnswers = [0];
    expect(await mayQuit({ dialog: dialog as never, backend: backendAnswering(held), parentWindow: () => null })).toBe(false);
    expect(dialog.messageBoxes).toHaveLength(1);
    const box = dialog.messageBoxes[0] as { message: string; detail: string; buttons: string[]; defaultId: number; cancelId: number };
    expect(box.message).toBe('2 records are not saved on disk yet. Quitting now loses them.');
    expect(box.detail).toContain('ENOSPC: no space left on device');
    expect(box.buttons).toEqual(['Keep Stillpoint open', 'Try again', 'Quit and lose them']);
    expect([box.defaultId, box.cancelId]).toEqual([0, 0]);
  });

  it('tries again when asked to, and quits without asking more once that saves them', async () => {
    const dialog = new FakeDialog();
    dialog.messageAnswers = [1];
    const backend = backendAnswering(held, saved);
    expect(await mayQuit({ dialog: dialog as never, backend, parentWindow: () => null })).toBe(true);
    expect(backend.retries).toBe(2);
    expect(dialog.messageBoxes).toHaveLength(1);
  });

  it('quits, losing them, only when the therapist says so', async () => {
    const dialog = new FakeDialog();
    dialog.messageAnswers = [2];
    expect(await mayQuit({ dialog: dialog as never, backend: backendAnswering(held), parentWindow: () => null })).toBe(true);
  });
});

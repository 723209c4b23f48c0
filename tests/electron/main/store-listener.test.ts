import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/services/backend';
import { systemClock } from '../../../electron/services/clock';
import { ipcMain } from '../../doubles/electron';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('the record files’ store', () => {
  it('opens no IPC listener of its own that would answer any window (electron-store does, unasked)', async () => {
    const backend = createBackend({ dataDir: tempDir(), clock: systemClock, push: () => undefined, notify: () => undefined });
    expect((await backend.handle('data.backup.now', {})).ok).toBe(true);
    expect((await backend.handle('plans.list', {})).ok).toBe(true);
    backend.close();
    expect([...ipcMain.listeners.keys()]).toEqual([]);
  });
});

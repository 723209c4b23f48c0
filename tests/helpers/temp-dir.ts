import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * A fresh folder per call, removed after the test. It is made one level down
 * (`<temp>/data`), as the desktop app's data folder is, so the backups and
 * quarantine folders that sit beside it stay inside the temp folder too.
 */
export function useTempDirs(): () => string {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  return () => {
    const root = mkdtempSync(path.join(tmpdir(), 'stillpoint-test-'));
    roots.push(root);
    const dir = path.join(root, 'data');
    mkdirSync(dir);
    return dir;
  };
}

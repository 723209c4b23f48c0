import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyncIgnore } from '../../../../electron/services/sync-ignore';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('the .stignore the app writes into its folder', () => {
  it('keeps per-room state, caches, the lock and temp files out of sync', () => {
    const dataDir = tempDir();
    writeSyncIgnore(dataDir);
    const lines = readFileSync(path.join(dataDir, '.stignore'), 'utf8').split('\n');
    expect(lines).toEqual(expect.arrayContaining(['/current-session.json', '/journal', '/room-settings.json', '/.cache', 'stillpoint.lock', '*.tmp']));
    expect(lines).not.toContain('/clients');
  });

  it("keeps out every top-level record a room writes for itself, and lets every shared one through", () => {
    const dataDir = tempDir();
    writeSyncIgnore(dataDir);
    const lines = readFileSync(path.join(dataDir, '.stignore'), 'utf8').split('\n');
    // The region and technique chosen in the room: two rooms writing it met as a conflict copy in the clinic e2e.
    expect(lines).toEqual(expect.arrayContaining(['/current-session.json', '/room-settings.json', '/room-selection.json', '/app-settings.json']));
    for (const shared of ['plan-order', 'handout-settings', 'encryption', 'recovery-key']) expect(lines).not.toContain(`/${shared}.json`);
  });

  it("keeps the clinic's own lines and replaces only its block, once", () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, '.stignore');
    writeFileSync(file, '// ours\n/scans\n');
    writeSyncIgnore(dataDir);
    writeSyncIgnore(dataDir);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('// ours\n/scans\n// Stillpoint: begin')).toBe(true);
    expect(text.match(/Stillpoint: begin/g)).toHaveLength(1);
    writeFileSync(file, text.replace('/journal', '/journal-old') + '/photos\n');
    writeSyncIgnore(dataDir);
    const again = readFileSync(file, 'utf8');
    expect(again).toContain('\n/journal\n');
    expect(again).not.toContain('journal-old');
    expect(again.endsWith('/photos\n')).toBe(true);
  });

  it("puts its block on a line of its own after the clinic's last line, even one without a line break", () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, '.stignore');
    writeFileSync(file, '/scans');
    writeSyncIgnore(dataDir);
    expect(readFileSync(file, 'utf8').startsWith('/scans\n// Stillpoint: begin')).toBe(true);
  });

  it('is made with the folder when the folder is new, readable only by the person using the computer', () => {
    const dataDir = path.join(tempDir(), 'new-clinic');
    writeSyncIgnore(dataDir);
    expect(statSync(path.join(dataDir, '.stignore')).mode & 0o777).toBe(0o600);
  });

  it('is left untouched when it is already up to date, so the sync engine sees no change', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, '.stignore');
    writeSyncIgnore(dataDir);
    const past = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, past, past);
    writeSyncIgnore(dataDir);
    expect(statSync(file).mtime).toEqual(past);
  });
});

import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUT_VERSION, migrateLayout, type LayoutProgress } from '../../../../electron/services/layout-migration';
import { SCHEMA_VERSION } from '../../../../electron/services/record-store';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { sessionWith, T0 } from '../../../helpers/sessions';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const mode = (target: string) => statSync(target).mode & 0o777;

describe('a data folder from an older Stillpoint', () => {
  it('is brought to the new layout on first start: folders 0700, files 0600, with progress reported', async () => {
    const layout = layoutIn(tempDir());
    const sessions = path.join(layout.dataDir, 'sessions');
    mkdirSync(sessions, { mode: 0o755 });
    mkdirSync(layout.backupsDir, { mode: 0o755 });
    // Enough files for the progress to be worth showing.
    // Sound sessions: the start reads them all (the history index), and would set aside one that is not.
    for (let n = 0; n < 150; n += 1) {
      const session = { ...sessionWith([{ type: 'start', at: T0 }]), id: `s-old-${n}` };
      writeFileSync(path.join(sessions, `s-old-${n}.json`), JSON.stringify({ schemaVersion: SCHEMA_VERSION, record: session }), { mode: 0o644 });
    }
    const record = path.join(sessions, 's-old-0.json');
    const oldBackup = path.join(layout.backupsDir, '1700000000000-daily.json');
    writeFileSync(oldBackup, '{}', { mode: 0o644 });
    chmodSync(layout.dataDir, 0o755);

    const { backend, pushes, call } = safeBackend(layout);
    await backend.idle();
    expect((await call('data.status')).migration).toBeNull();
    expect([mode(layout.dataDir), mode(sessions), mode(layout.backupsDir)]).toEqual([0o700, 0o700, 0o700]);
    expect([mode(record), mode(oldBackup)]).toEqual([0o600, 0o600]);
    const progress = pushes.filter((push) => push.channel === 'data.migration').map((push) => push.payload as { done: number; total: number });
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)!.total });
    expect(existsSync(path.join(layout.dataDir, '.cache', 'layout.json'))).toBe(true);

    // Once done, a later start leaves it be.
    const again = safeBackend(layout);
    await again.backend.idle();
    expect(again.pushes.filter((push) => push.channel === 'data.migration')).toEqual([]);
  });
});

/** Runs the migration to its end as the slices would, counting its steps and the progress it reports. */
function migrate(dirs: string[], marker: string) {
  const progress: LayoutProgress[] = [];
  const steps = migrateLayout(dirs, marker, (at) => progress.push(at));
  let count = 0;
  for (let next = steps.next(); ; next = steps.next(), count += 1) if (next.done) return { ran: next.value, progress, steps: count };
}

/** An older data folder: readable by every user of the computer, `files` records in one sub-folder. */
function olderFolder(files: number) {
  const root = tempDir();
  const sessions = path.join(root, 'sessions');
  mkdirSync(sessions, { mode: 0o755 });
  chmodSync(root, 0o755);
  for (let n = 0; n < files; n += 1) writeFileSync(path.join(sessions, `s-${n}.json`), '{}', { mode: 0o644 });
  return { root, sessions, marker: path.join(path.dirname(root), 'cache', 'layout.json') };
}

describe('bringing an older data folder to this layout', () => {
  it('makes every folder 0700 and every file 0600, in each folder it is given, and says it is done', () => {
    const data = olderFolder(2);
    const backups = path.join(path.dirname(data.root), 'backups');
    mkdirSync(path.join(backups, 'objects'), { recursive: true, mode: 0o755 });
    writeFileSync(path.join(backups, 'objects', 'ab.json'), '{}', { mode: 0o644 });

    expect(migrate([data.root, backups], data.marker).ran).toBe(true);

    expect([data.root, data.sessions, backups, path.join(backups, 'objects')].map(mode)).toEqual([0o700, 0o700, 0o700, 0o700]);
    expect([path.join(data.sessions, 's-0.json'), path.join(data.sessions, 's-1.json'), path.join(backups, 'objects', 'ab.json')].map(mode)).toEqual([0o600, 0o600, 0o600]);
    expect(JSON.parse(readFileSync(data.marker, 'utf8'))).toEqual({ layout: LAYOUT_VERSION });
    expect(mode(data.marker)).toBe(0o600);
    expect(mode(path.dirname(data.marker))).toBe(0o700);
  });

  it('runs once: with the marker there, a later start changes nothing', () => {
    const data = olderFolder(1);
    migrate([data.root], data.marker);
    chmodSync(data.sessions, 0o755);

    expect(migrate([data.root], data.marker)).toEqual({ ran: false, progress: [], steps: 0 });
    expect(mode(data.sessions)).toBe(0o755);
  });

  it('runs again over a marker from another layout or one that cannot be read', () => {
    for (const marker of [JSON.stringify({ layout: LAYOUT_VERSION - 1 }), '{"layout":']) {
      const data = olderFolder(1);
      mkdirSync(path.dirname(data.marker), { recursive: true });
      writeFileSync(data.marker, marker);
      expect(migrate([data.root], data.marker).ran).toBe(true);
      expect(mode(data.sessions)).toBe(0o700);
    }
  });

  it('works in steps, one for each folder and file, so a large folder never stalls the app', () => {
    const data = olderFolder(3);
    // The data folder, its sessions folder and three files.
    expect(migrate([data.root], data.marker).steps).toBe(5);
  });

  it('reports its progress every hundred files, and at the end, when the folder is large and needs the work', () => {
    const data = olderFolder(248);
    // 250 in all: the data folder, its sessions folder, 248 files.
    expect(migrate([data.root], data.marker).progress).toEqual([
      { done: 100, total: 250 },
      { done: 200, total: 250 },
      { done: 250, total: 250 },
    ]);
  });

  it('counts only what is there: a folder that does not exist adds nothing to the total', () => {
    const data = olderFolder(248);
    const progress = migrate([data.root, path.join(data.root, 'never-made')], data.marker).progress;
    expect(progress.at(-1)).toEqual({ done: 251, total: 251 });
  });

  it('reports nothing for a small folder or one that is already tight', () => {
    expect(migrate([olderFolder(20).root], olderFolder(0).marker).progress).toEqual([]);

    const tight = olderFolder(150);
    chmodSync(tight.root, 0o700);
    chmodSync(tight.sessions, 0o700);
    for (let n = 0; n < 150; n += 1) chmodSync(path.join(tight.sessions, `s-${n}.json`), 0o600);
    expect(migrate([tight.root], tight.marker)).toMatchObject({ ran: true, progress: [] });
  });

  it('reports progress from the first hundred on once one file needed tightening', () => {
    const data = olderFolder(150);
    chmodSync(data.root, 0o700);
    chmodSync(data.sessions, 0o700);
    for (let n = 0; n < 150; n += 1) chmodSync(path.join(data.sessions, `s-${n}.json`), 0o600);
    chmodSync(path.join(data.sessions, 's-0.json'), 0o644);
    expect(migrate([data.root], data.marker).progress).toEqual([
      { done: 100, total: 152 },
      { done: 152, total: 152 },
    ]);
  });

  it('passes over what went meanwhile and a folder that is not there', () => {
    const data = olderFolder(1);
    symlinkSync(path.join(data.sessions, 'gone.json'), path.join(data.sessions, 'link.json'));
    expect(migrate([data.root, path.join(data.root, 'never-made')], data.marker).ran).toBe(true);
    expect(mode(path.join(data.sessions, 's-0.json'))).toBe(0o600);
  });
});

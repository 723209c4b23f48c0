import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Quarantine, type DamagedRecord } from '../../../../electron/services/quarantine';
import { T0 } from '../../../helpers/sessions';
import { useTempDirs } from '../../../helpers/temp-dir';

/** Set to stand in for a quarantine folder on another disk, where a file cannot be renamed into it. */
const otherDisk = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const renameSync = ((from: string, to: string) => {
    if (otherDisk.on) throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${from}'`), { code: 'EXDEV' });
    real.renameSync(from, to);
  }) as typeof real.renameSync;
  return { ...real, renameSync, default: { ...real, renameSync } };
});

const tempDir = useTempDirs();

/** A data folder with a damaged clients/c-1.json, and the quarantine beside it on a clock tests move. */
function setUp() {
  const dataDir = tempDir();
  const clock = { now: T0 };
  const reported: DamagedRecord[] = [];
  const quarantine = new Quarantine(path.join(path.dirname(dataDir), 'quarantine'), () => clock.now, (entry) => reported.push(entry));
  mkdirSync(path.join(dataDir, 'clients'));
  const damagedFile = (name: string, text: string) => {
    const file = path.join(dataDir, 'clients', `${name}.json`);
    writeFileSync(file, text);
    return file;
  };
  return { dataDir, clock, reported, quarantine, damagedFile };
}

const stamp = (at: number) => new Date(at).toISOString().replace(/[:.]/g, '-');

describe('the quarantine keeps damaged files as they were found, with a note saying why', () => {
  it('is readable by this user alone, as the data folder is: set-aside files and their notes hold health details', () => {
    const { dataDir, quarantine, damagedFile } = setUp();
    const entry = quarantine.setAside(damagedFile('c-1', '{"name":"Ana", "notes":"shoulder'), 'clients/c-1', 'it is not valid JSON');
    const dir = path.join(path.dirname(dataDir), 'quarantine');
    const modeOf = (file: string) => statSync(file).mode & 0o777;
    expect(modeOf(dir)).toBe(0o700);
    for (const name of readdirSync(dir)) expect([name, modeOf(path.join(dir, name)) & 0o077]).toEqual([name, 0]);
    expect(readdirSync(dir)).toContain(entry.file);
  });

  it('moves the file, unchanged, under a name that says when and which record, and tells the app', () => {
    const { quarantine, reported, damagedFile } = setUp();
    const file = damagedFile('c-1', '{"half a rec');
    const entry = quarantine.setAside(file, 'clients/c-1', 'it is not valid JSON');
    const id = `${stamp(T0)}__clients__c-1`;
    expect(entry).toEqual({ id, record: 'clients/c-1', reason: 'it is not valid JSON', at: T0, file: `${id}.json`, state: 'new' });
    expect(reported).toEqual([entry]);
    expect(existsSync(file)).toBe(false);
    expect(quarantine.contentOf(entry)).toBe('{"half a rec');
    expect(readdirSync(quarantine.dir).sort()).toEqual([`${id}.about.json`, `${id}.json`]);
    expect(quarantine.list()).toEqual([entry]);
  });

  it('keeps a second damaged version of the same record at the same instant beside the first, never over it', () => {
    const { quarantine, damagedFile } = setUp();
    const first = quarantine.setAside(damagedFile('c-1', 'first'), 'clients/c-1', 'damaged');
    const second = quarantine.setAside(damagedFile('c-1', 'second'), 'clients/c-1', 'damaged');
    const third = quarantine.setAside(damagedFile('c-1', 'third'), 'clients/c-1', 'damaged');
    expect([second.id, third.id]).toEqual([`${first.id}-2`, `${first.id}-3`]);
    expect([first, second, third].map((entry) => quarantine.contentOf(entry))).toEqual(['first', 'second', 'third']);
  });

  it('names a file after its record in plain characters only, as the id travels to the screen', () => {
    const { quarantine, damagedFile } = setUp();
    const entry = quarantine.setAside(damagedFile('c-1', 'x'), 'sessions/s 1 (its live journal)', 'damaged');
    expect(entry.id).toBe(`${stamp(T0)}__sessions__s_1__its_live_journal_`);
  });

  it('lists the newest first, and by name at the same instant', () => {
    const { quarantine, clock, damagedFile } = setUp();
    const older = quarantine.setAside(damagedFile('c-2', 'x'), 'clients/c-2', 'damaged');
    clock.now = T0 + 60_000;
    const b = quarantine.setAside(damagedFile('c-3', 'x'), 'clients/c-3', 'damaged');
    const a = quarantine.setAside(damagedFile('c-1', 'x'), 'clients/c-1', 'damaged');
    expect(quarantine.list().map((entry) => entry.id)).toEqual([a.id, b.id, older.id]);
  });

  it('lists nothing before anything was set aside, and skips a note it cannot read while keeping its file', () => {
    const { quarantine, damagedFile } = setUp();
    expect(quarantine.list()).toEqual([]);
    const entry = quarantine.setAside(damagedFile('c-1', 'x'), 'clients/c-1', 'damaged');
    writeFileSync(path.join(quarantine.dir, 'broken.about.json'), '{not a note');
    writeFileSync(path.join(quarantine.dir, 'other.about.json'), JSON.stringify({ id: 'other' }));
    writeFileSync(path.join(quarantine.dir, 'stray.json'), JSON.stringify(entry));
    expect(quarantine.list()).toEqual([entry]);
    expect(existsSync(path.join(quarantine.dir, 'broken.about.json'))).toBe(true);
  });

  it('finds an entry by its id, and marks it dismissed or restored for good', () => {
    const { quarantine, damagedFile } = setUp();
    const entry = quarantine.setAside(damagedFile('c-1', 'x'), 'clients/c-1', 'damaged');
    expect(quarantine.get(entry.id)).toEqual(entry);
    expect(quarantine.get('no-such-id')).toBeUndefined();
    expect(quarantine.mark(entry.id, 'dismissed')).toEqual({ ...entry, state: 'dismissed' });
    expect(quarantine.get(entry.id)?.state).toBe('dismissed');
    expect(quarantine.mark('no-such-id', 'restored')).toBeUndefined();
    expect(quarantine.contentOf(entry)).toBe('x');
  });

  it('rewrites a kept file in place (sealed by encryption) without leaving a temp file', () => {
    const { quarantine, damagedFile } = setUp();
    const entry = quarantine.setAside(damagedFile('c-1', 'plain'), 'clients/c-1', 'damaged');
    quarantine.rewriteContent(entry, 'sealed');
    expect(quarantine.contentOf(entry)).toBe('sealed');
    expect(readdirSync(quarantine.dir).filter((name) => name.includes('.tmp'))).toEqual([]);
    expect(readFileSync(path.join(quarantine.dir, entry.file), 'utf8')).toBe('sealed');
    // Health data: only its user may read it, as before.
    expect(statSync(path.join(quarantine.dir, entry.file)).mode & 0o777).toBe(0o600);
  });

  it('has no content to show for a kept file that a person removed', () => {
    const { quarantine } = setUp();
    const gone: DamagedRecord = { id: 'x', record: 'clients/c-1', reason: 'damaged', at: T0, file: 'x.json', state: 'new' };
    expect(quarantine.contentOf(gone)).toBeUndefined();
  });

  it('a file that cannot be moved is an error, and nothing is noted for it', () => {
    const { quarantine, reported, dataDir } = setUp();
    expect(() => quarantine.setAside(path.join(dataDir, 'clients', 'gone.json'), 'clients/gone', 'damaged')).toThrow(/ENOENT/);
    expect(reported).toEqual([]);
    expect(quarantine.list()).toEqual([]);
  });

  it('on another disk, copies the file across and only then removes it from the data folder', () => {
    const { quarantine, damagedFile } = setUp();
    const file = damagedFile('c-1', '{"half a rec');
    otherDisk.on = true;
    try {
      const entry = quarantine.setAside(file, 'clients/c-1', 'damaged');
      expect(quarantine.contentOf(entry)).toBe('{"half a rec');
      expect(existsSync(file)).toBe(false);
    } finally {
      otherDisk.on = false;
    }
  });
});

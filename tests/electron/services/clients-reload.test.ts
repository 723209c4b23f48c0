import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClientsService } from '../../../electron/services/clients';
import { createStorage } from '../../../electron/services/storage';
import { someClient } from '../../helpers/backend';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

/** Two rooms' client lists on one data folder: `here` is the one under test, `there` writes as another room would. */
function twoRooms() {
  const dataDir = tempDir();
  const clock = new ManualClock(T0);
  let n = 0;
  const here = new ClientsService({ storage: createStorage(dataDir), clock, newId: () => `c-${++n}` });
  const there = new ClientsService({ storage: createStorage(dataDir), clock, newId: () => `c-${++n}`, room: () => 'Room 2' });
  const file = (id: string) => path.join(dataDir, 'clients', `${id}.json`);
  const names = (includeArchived = false) => here.search('', includeArchived).clients.map((client) => client.name);
  return { dataDir, clock, here, there, file, names };
}

/** A file the disk will not give back (here a folder where the client's file should be). */
function unreadableAt(file: string): void {
  rmSync(file, { force: true });
  mkdirSync(file);
}

describe('the client list follows the files, however they change', () => {
  it('a client written by another room is listed after a reload, which says the list changed; a second reload changes nothing', () => {
    const { here, there, names } = twoRooms();
    there.create({ ...someClient, name: 'Bruno Costa' });
    expect(names()).toEqual([]);
    expect(here.reload()).toBe(true);
    expect(names()).toEqual(['Bruno Costa']);
    expect(here.reload()).toBe(false);
  });

  it('a client whose file went away drops out at the next reload', () => {
    const { here, file, names } = twoRooms();
    const ana = here.create(someClient);
    rmSync(file(ana.id));
    expect(here.reload()).toBe(true);
    expect(names()).toEqual([]);
    expect(here.exists(ana.id)).toBe(false);
  });

  it('an edit to an archived client, made in another room, still counts as a change to the list', () => {
    const { clock, here, there, names } = twoRooms();
    const ana = here.archive(here.create(someClient).id, 1, true);
    clock.advance(MIN);
    there.update(ana.id, ana.revision, { ...someClient, name: 'Ana Ruiz Costa' });
    expect(here.reload()).toBe(true);
    expect(names()).toEqual([]);
    expect(names(true)).toEqual(['Ana Ruiz Costa']);
  });

  it('a client that cannot be read is listed by its id, and drops off that list once it reads again', () => {
    const { here, file, names } = twoRooms();
    const ana = here.create(someClient);
    const bruno = here.create({ ...someClient, name: 'Bruno Costa' });
    copyFileSync(file(bruno.id), `${file(bruno.id)}.kept`);
    unreadableAt(file(bruno.id));
    expect(here.reload()).toBe(true);
    expect(here.search('')).toMatchObject({ clients: [{ name: 'Ana Ruiz' }], unreadable: [bruno.id] });

    rmSync(file(bruno.id), { recursive: true });
    copyFileSync(`${file(bruno.id)}.kept`, file(bruno.id));
    rmSync(`${file(bruno.id)}.kept`);
    expect(here.reload()).toBe(true);
    expect(here.search('')).toMatchObject({ unreadable: [] });
    expect(names()).toEqual(['Ana Ruiz', 'Bruno Costa']);
    expect(here.exists(ana.id) && here.exists(bruno.id)).toBe(true);
  });

  it('a file that arrives and cannot be read is a change to the list too', () => {
    const { here, file } = twoRooms();
    here.create(someClient);
    unreadableAt(file('c-from-room-2'));
    expect(here.reload()).toBe(true);
    expect(here.search('')).toMatchObject({ clients: [{ name: 'Ana Ruiz' }], unreadable: ['c-from-room-2'] });
  });

  it('the unreadable clients are listed in order, however they were found', () => {
    const { here, file } = twoRooms();
    const first = here.create(someClient);
    const second = here.create({ ...someClient, name: 'Bruno Costa' });
    unreadableAt(file(second.id));
    here.reload();
    unreadableAt(file(first.id));
    here.reloadOne(first.id);
    expect(here.search('').unreadable).toEqual([first.id, second.id]);
  });
});

describe('one client re-read after its file changed underneath', () => {
  it('takes the other room’s edit, drops a client whose file went away, and lists one that cannot be read until it can', () => {
    const { clock, here, there, file, names } = twoRooms();
    const ana = here.create(someClient);
    clock.advance(MIN);
    there.update(ana.id, 1, { ...someClient, name: 'Ana Ruiz Costa' });
    here.reloadOne(ana.id);
    expect(names()).toEqual(['Ana Ruiz Costa']);

    copyFileSync(file(ana.id), `${file(ana.id)}.kept`);
    unreadableAt(file(ana.id));
    here.reloadOne(ana.id);
    expect(here.search('')).toMatchObject({ clients: [], unreadable: [ana.id] });

    rmSync(file(ana.id), { recursive: true });
    here.reloadOne(ana.id);
    expect(here.search('')).toMatchObject({ clients: [], unreadable: [] });
    expect(here.exists(ana.id)).toBe(false);

    copyFileSync(`${file(ana.id)}.kept`, file(ana.id));
    here.reloadOne(ana.id);
    expect(names()).toEqual(['Ana Ruiz Costa']);
  });
});

describe('versions of a client left by the sync engine', () => {
  const copy = (id: string, n: number) => `${id}.sync-conflict-20261130-10101${n}-ABCDEFG.json`;

  it('are counted beside the client, at a reload or a recount', () => {
    const { here, file, dataDir } = twoRooms();
    const ana = here.create(someClient);
    const bruno = here.create({ ...someClient, name: 'Bruno Costa' });
    copyFileSync(file(ana.id), path.join(dataDir, 'clients', copy(ana.id, 1)));
    expect(here.reload()).toBe(true);
    expect(here.search('ana').clients).toEqual([expect.objectContaining({ name: 'Ana Ruiz', otherVersions: 1 })]);

    copyFileSync(file(ana.id), path.join(dataDir, 'clients', copy(ana.id, 2)));
    here.reloadCopies();
    expect(here.search('').clients.map(({ name, otherVersions }) => ({ name, otherVersions }))).toEqual([
      { name: 'Ana Ruiz', otherVersions: 2 },
      { name: 'Bruno Costa', otherVersions: undefined },
    ]);
    expect(here.search('bruno').clients[0]).not.toHaveProperty('otherVersions');
    expect(bruno.revision).toBe(1);
  });

  it('a copy going away is a change to the list', () => {
    const { here, file, dataDir } = twoRooms();
    const ana = here.create(someClient);
    copyFileSync(file(ana.id), path.join(dataDir, 'clients', copy(ana.id, 1)));
    here.reload();
    rmSync(path.join(dataDir, 'clients', copy(ana.id, 1)));
    expect(here.reload()).toBe(true);
    expect(here.search('ana').clients[0]).not.toHaveProperty('otherVersions');
  });
});

describe('what the clients service refuses', () => {
  it('a client that does not exist, by name of its id', () => {
    const { here } = twoRooms();
    expect(() => here.get('c-404')).toThrow(expect.objectContaining({ code: 'not-found', message: 'There is no client c-404.' }));
    expect(here.exists('c-404')).toBe(false);
  });

  it('archiving from an old revision, naming the client and saying to reload', () => {
    const { clock, here } = twoRooms();
    const ana = here.create(someClient);
    clock.advance(MIN);
    here.update(ana.id, 1, { ...someClient, notes: 'from window A' });
    let refused: unknown;
    try {
      here.archive(ana.id, 1, true);
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^Ana Ruiz's details were changed elsewhere .* Reload/) });
    expect(here.get(ana.id)).toMatchObject({ archived: false, revision: 2, notes: 'from window A' });
  });

  it('by default the search leaves archived clients out', () => {
    const { here } = twoRooms();
    here.archive(here.create(someClient).id, 1, true);
    expect(here.search('ana')).toMatchObject({ total: 1, clients: [] });
  });
});

describe('each revision carries the room that wrote it', () => {
  it('a room with a name stamps it; a single room without one leaves it out', () => {
    const { here, there } = twoRooms();
    expect(there.create(someClient).room).toBe('Room 2');
    expect(here.create(someClient)).not.toHaveProperty('room');
  });
});

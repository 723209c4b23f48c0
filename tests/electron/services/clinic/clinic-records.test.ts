import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { someClient } from '../../../helpers/backend';
import { clinicRooms } from '../../../helpers/clinic-rooms';
import { T0 } from '../../../helpers/sessions';

const { room, arrive } = clinicRooms();

// Each step waits for a folder watcher and back ends on disk: seconds on a busy machine.
describe('a clinic of rooms on one synced folder', { timeout: 60_000 }, () => {
  it('a client written by another room is found and announced; our own writes are not announced', async () => {
    const a = await room('Room 1');
    const b = await room('Room 2');
    const ana = await a.call('clients.create', { fields: someClient });
    expect(ana.room).toBe('Room 1');
    arrive(a.dataDir, b.dataDir, `clients/${ana.id}.json`);
    await vi.waitFor(() => expect(b.changes()).toContainEqual({ kind: 'client', id: ana.id, change: 'added', conflictCopy: false }), { timeout: 10_000 });
    // By now the watcher has reported B's arrival; A's own write, made first, was never reported.
    expect(a.changes()).toEqual([]);
    const found = await b.call('clients.search', { query: 'ana' });
    expect(found.clients.map((each) => each.name)).toEqual(['Ana Ruiz']);
  });

  it("a room's first look at its plans keeps a plan another room's engine brought before the plan order", async () => {
    const a = await room('Room 1');
    const b = await room('Room 2');
    const [first] = await a.call('plans.list', {});
    await a.call('plans.save', { plan: { ...first!, name: 'Deep work' } });
    arrive(a.dataDir, b.dataDir, `plans/${first!.id}.json`);
    expect((await b.call('plans.list', {})).find((plan) => plan.id === first!.id)?.name).toBe('Deep work');
  });

  it('a session records the room that ran it', async () => {
    const a = await room('Room 1');
    const session = await a.call('session.start', { planId: 'default-60' });
    expect(session.room).toBe('Room 1');
  });

  it('two versions of a client are shown side by side, settled into a new revision, and both kept', async () => {
    const a = await room('Room 1');
    const b = await room('Room 2');
    const ana = await a.call('clients.create', { fields: someClient });
    arrive(a.dataDir, b.dataDir, `clients/${ana.id}.json`);
    await vi.waitFor(async () => expect((await b.call('clients.search', { query: 'ana' })).total).toBe(1), { timeout: 10_000 });
    await a.call('clients.update', { clientId: ana.id, revision: 1, fields: { ...someClient, notes: 'Room 1 note' } });
    await b.call('clients.update', { clientId: ana.id, revision: 1, fields: { ...someClient, goals: 'Room 2 goals' } });
    // The engine keeps Room 1's edit under the name and Room 2's as a conflict copy, in both folders.
    const copy = `${ana.id}.sync-conflict-20261130-101010-ABCDEFG.json`;
    arrive(b.dataDir, a.dataDir, `clients/${ana.id}.json`, `clients/${copy}`);
    arrive(a.dataDir, b.dataDir, `clients/${ana.id}.json`);
    arrive(a.dataDir, b.dataDir, `clients/${copy}`);

    for (const each of [a, b]) {
      await vi.waitFor(async () => expect((await each.call('clients.search', { query: 'ana' })).clients[0]?.otherVersions).toBe(1), { timeout: 10_000 });
    }
    expect(b.changes()).toContainEqual({ kind: 'client', id: ana.id, change: 'added', conflictCopy: true });
    const versions = await b.call('clients.versions', { clientId: ana.id });
    expect(versions.current).toMatchObject({ notes: 'Room 1 note', room: 'Room 1', revision: 2 });
    expect(versions.others).toEqual([{ copy: copy.replace(/\.json$/, ''), from: 'ABCDEFG', record: expect.objectContaining({ goals: 'Room 2 goals', room: 'Room 2' }) }]);

    const resolved = await b.call('clients.resolve', {
      clientId: ana.id,
      revision: 2,
      fields: { ...someClient, notes: 'Room 1 note', goals: 'Room 2 goals' },
      copies: [versions.others[0]!.copy],
    });
    expect(resolved).toMatchObject({ revision: 3, room: 'Room 2', notes: 'Room 1 note', goals: 'Room 2 goals' });
    expect(existsSync(path.join(b.dataDir, 'clients', copy))).toBe(false);
    const after = await b.call('clients.versions', { clientId: ana.id });
    expect(after.others).toEqual([]);
    expect(after.earlier.map((each) => [each.room, each.revision])).toEqual(expect.arrayContaining([['Room 1', 2], ['Room 2', 2]]));
    expect((await b.call('clients.search', { query: 'ana' })).clients[0]?.otherVersions).toBeUndefined();
  });

  it("a conflict copy of a session is merged by the room that ran it, keeping every entry of both, and kept in its history", async () => {
    const a = await room('Room 1');
    const session = await a.call('session.start', { planId: 'default-60' });
    a.clock.advance(10 * 60_000);
    await a.call('session.command', { sessionId: session.id, command: { type: 'finish' } });
    const file = path.join(a.dataDir, 'sessions', `${session.id}.json`);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    // The copy a restored room wrote: one more event the room here never saw.
    const other = { ...stored, record: { ...stored.record, events: [...stored.record.events, { type: 'pause', at: T0 + 60_000 }] } };
    writeFileSync(path.join(a.dataDir, 'sessions', '.incoming'), JSON.stringify(other));
    renameSync(path.join(a.dataDir, 'sessions', '.incoming'), path.join(a.dataDir, 'sessions', `${session.id}.sync-conflict-20261130-101010-ABCDEFG.json`));

    await vi.waitFor(() => expect(readdirSync(path.join(a.dataDir, 'sessions'))).toEqual([`${session.id}.json`]), { timeout: 10_000 });
    const merged = JSON.parse(readFileSync(file, 'utf8')).record;
    expect(merged.events.map((event: { type: string }) => event.type)).toEqual(['start', 'pause', 'finish']);
    expect(readdirSync(path.join(a.dataDir, 'session-versions'))).toHaveLength(1);
  });

  it('plans, templates and the clinic header say which room saved them last, and when', async () => {
    const a = await room('Room 1');
    const [first] = await a.call('plans.list', {});
    const plan = await a.call('plans.save', { plan: { ...first!, name: 'Deep work' } });
    expect(plan.writtenBy).toEqual({ room: 'Room 1', at: T0, revision: 1 });
    // Each save counts one revision on, whichever room saved the one before.
    expect((await a.call('plans.save', { plan: { ...plan, name: 'Deeper work' } })).writtenBy?.revision).toBe(2);
    const header = await a.call('handout.settings.save', { clinic: { name: 'Stillwater' }, hiddenStretchIds: [], customStretches: [] });
    expect(header.writtenBy).toEqual({ room: 'Room 1', at: T0, revision: 1 });
    expect((await a.call('handout.settings.save', header)).writtenBy?.revision).toBe(2);
    const [standard] = await a.call('handout.templates.list', {});
    const template = await a.call('handout.templates.save', { ...standard!, id: undefined, name: 'Short' });
    expect(template.writtenBy).toEqual({ room: 'Room 1', at: T0, revision: 1 });
  });

  it('taking from the other version a handout language it never had leaves the client without one', async () => {
    const a = await room('Room 1');
    const b = await room('Room 2');
    const ana = await a.call('clients.create', { fields: someClient });
    arrive(a.dataDir, b.dataDir, `clients/${ana.id}.json`);
    await a.call('clients.update', { clientId: ana.id, revision: 1, fields: { ...someClient, preferredLanguage: 'es' } });
    await b.call('clients.update', { clientId: ana.id, revision: 1, fields: { ...someClient, notes: 'Room 2 note' } });
    const copy = `${ana.id}.sync-conflict-20261130-101010-ABCDEFG`;
    arrive(b.dataDir, a.dataDir, `clients/${ana.id}.json`, `clients/${copy}.json`);
    await vi.waitFor(async () => expect((await a.call('clients.versions', { clientId: ana.id })).others).toHaveLength(1), { timeout: 10_000 });

    const resolved = await a.call('clients.resolve', { clientId: ana.id, revision: 2, fields: { ...someClient, notes: 'Room 2 note' }, copies: [copy] });
    expect(resolved).not.toHaveProperty('preferredLanguage');
  });

  it('a resolve naming a version that is not there changes nothing', async () => {
    const a = await room('Room 1');
    const ana = await a.call('clients.create', { fields: someClient });
    const answer = await (async () => {
      try {
        await a.call('clients.resolve', { clientId: ana.id, revision: 1, fields: someClient, copies: [`${ana.id}.sync-conflict-20261130-101010-ABCDEFG`] });
        return 'resolved';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(answer).toMatch(/no longer there/);
    expect(readdirSync(a.dataDir)).not.toContain('client-versions');
  });
});

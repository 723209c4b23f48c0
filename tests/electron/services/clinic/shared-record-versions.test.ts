import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultTemplate } from '../../../../shared/handout/template';
import { clinicRooms } from '../../../helpers/clinic-rooms';

const { room, arrive } = clinicRooms();
type Room = Awaited<ReturnType<typeof room>>;

const copyName = (record: string) => `${record}.sync-conflict-20261130-101010-ABCDEFG`;

/**
 * Both rooms changed the record while apart; the engine keeps Room 1's edit
 * under the record's name and Room 2's as a conflict copy, in both folders.
 */
function conflict(a: Room, b: Room, relative: string): string {
  const folder = path.dirname(relative);
  const copy = path.join(folder, `${copyName(path.basename(relative, '.json'))}.json`);
  arrive(b.dataDir, a.dataDir, relative, copy);
  arrive(a.dataDir, b.dataDir, relative);
  arrive(a.dataDir, b.dataDir, copy);
  return copyName(path.basename(relative, '.json'));
}

async function twoRooms() {
  const a = await room('Room 1');
  const b = await room('Room 2');
  return { a, b };
}

const pending = async (each: Room) => each.call('sync.twoVersions', {});

// Each step waits for a folder watcher and back ends on disk: seconds on a busy machine.
describe('two versions of a plan, a template or the clinic header', { timeout: 60_000 }, () => {
  it('a plan edited in two rooms shows two versions in both; one choice, field by field, settles it everywhere and keeps both', async () => {
    const { a, b } = await twoRooms();
    const [first] = await a.call('plans.list', {});
    const shared = await a.call('plans.save', { plan: { ...first!, name: 'Deep work' } });
    arrive(a.dataDir, b.dataDir, `plans/${shared.id}.json`);
    await vi.waitFor(async () => expect((await b.call('plans.list', {})).map((plan) => plan.name)).toContain('Deep work'), { timeout: 10_000 });
    await a.call('plans.save', { plan: { ...shared, sessionWarningSec: 300 } });
    await b.call('plans.save', { plan: { ...shared, name: 'Deep work, slower' } });
    const copy = conflict(a, b, `plans/${shared.id}.json`);

    for (const each of [a, b]) {
      await vi.waitFor(async () => expect((await pending(each)).plans).toEqual([shared.id]), { timeout: 10_000 });
      // The copy is a second version, never a plan of its own.
      expect((await each.call('plans.list', {})).filter((plan) => plan.id === shared.id)).toHaveLength(1);
    }
    await vi.waitFor(() => expect(b.changes()).toContainEqual({ kind: 'plan', id: shared.id, change: 'added', conflictCopy: true }), { timeout: 10_000 });
    const versions = await b.call('plans.versions', { planId: shared.id });
    expect(versions.current).toMatchObject({ name: 'Deep work', sessionWarningSec: 300, writtenBy: { room: 'Room 1', revision: 2 } });
    expect(versions.others).toEqual([{ copy, from: 'ABCDEFG', record: expect.objectContaining({ name: 'Deep work, slower', writtenBy: expect.objectContaining({ room: 'Room 2', revision: 2 }) }) }]);

    const resolved = await b.call('plans.resolve', {
      planId: shared.id,
      revision: 2,
      plan: { ...versions.current, name: 'Deep work, slower' },
      copies: [copy],
    });
    expect(resolved).toMatchObject({ name: 'Deep work, slower', sessionWarningSec: 300, writtenBy: { room: 'Room 2', revision: 3 } });
    expect(existsSync(path.join(b.dataDir, 'plans', `${copy}.json`))).toBe(false);
    expect(readdirSync(path.join(b.dataDir, 'plan-versions'))).toHaveLength(2);
    const after = await b.call('plans.versions', { planId: shared.id });
    expect(after.others).toEqual([]);
    expect(after.earlier.map((each) => each.name).sort()).toEqual(['Deep work', 'Deep work, slower']);
    expect((await pending(b)).plans).toEqual([]);
  });

  it('a template edited in two rooms is settled the same way, whole versions kept', async () => {
    const { a, b } = await twoRooms();
    const template = await a.call('handout.templates.save', { ...defaultTemplate, id: undefined, name: 'After deep work' });
    arrive(a.dataDir, b.dataDir, `handout-templates/${template.id}.json`);
    await a.call('handout.templates.save', { ...template, stretchLimit: 2 });
    await b.call('handout.templates.save', { ...template, introLines: ['Drink water today.'] });
    const copy = conflict(a, b, `handout-templates/${template.id}.json`);

    for (const each of [a, b]) await vi.waitFor(async () => expect((await pending(each)).templates).toEqual([template.id]), { timeout: 10_000 });
    expect((await b.call('handout.templates.list', {})).filter((each) => each.id === template.id)).toHaveLength(1);
    const versions = await b.call('handout.templates.versions', { id: template.id });
    const theirs = versions.others[0]!.record;
    expect(theirs.introLines).toEqual(['Drink water today.']);

    // Keeping the other version whole.
    const resolved = await b.call('handout.templates.resolve', { id: template.id, revision: 2, template: theirs, copies: [copy] });
    expect(resolved).toMatchObject({ stretchLimit: 4, introLines: ['Drink water today.'], writtenBy: { room: 'Room 2', revision: 3 } });
    expect((await pending(b)).templates).toEqual([]);
    expect((await b.call('handout.templates.versions', { id: template.id })).earlier.map((each) => each.stretchLimit).sort()).toEqual([2, 4]);
  });

  it('the clinic header edited in two rooms is settled the same way', async () => {
    const { a, b } = await twoRooms();
    const header = await a.call('handout.settings.save', { clinic: { name: 'Stillwater' }, hiddenStretchIds: [], customStretches: [] });
    arrive(a.dataDir, b.dataDir, 'handout-settings.json');
    await a.call('handout.settings.save', { ...header, clinic: { name: 'Stillwater', contact: '12 Quay St' } });
    await b.call('handout.settings.save', { ...header, clinic: { name: 'Stillwater Clinic' } });
    const copy = conflict(a, b, 'handout-settings.json');

    for (const each of [a, b]) await vi.waitFor(async () => expect((await pending(each)).clinic).toBe(true), { timeout: 10_000 });
    await vi.waitFor(() => expect(b.changes()).toContainEqual({ kind: 'clinic', id: null, change: 'added', conflictCopy: true }), { timeout: 10_000 });
    const versions = await b.call('handout.settings.versions', {});
    expect(versions.others.map((each) => each.record.clinic)).toEqual([{ name: 'Stillwater Clinic' }]);

    const chosen = { ...versions.current, clinic: { name: 'Stillwater Clinic', contact: '12 Quay St' } };
    const resolved = await b.call('handout.settings.resolve', { revision: 2, settings: chosen, copies: [copy] });
    expect(resolved).toMatchObject({ clinic: { name: 'Stillwater Clinic', contact: '12 Quay St' }, writtenBy: { room: 'Room 2', revision: 3 } });
    expect(existsSync(path.join(b.dataDir, `${copy}.json`))).toBe(false);
    expect((await pending(b)).clinic).toBe(false);
    expect(readdirSync(path.join(b.dataDir, 'clinic-versions'))).toHaveLength(2);
    expect((await b.call('handout.settings.get', {})).clinic).toEqual({ name: 'Stillwater Clinic', contact: '12 Quay St' });
  });

  it('the plans reordered in two rooms while apart settle by themselves: the kept order stands everywhere, the other is kept aside, no plan is lost', async () => {
    const { a, b } = await twoRooms();
    const shipped = (await a.call('plans.list', {})).map((plan) => plan.id);
    // Room 2 adds a plan while apart; only its order lists it.
    const added = await b.call('plans.save', { plan: { ...(await b.call('plans.list', {}))[0]!, id: 'plan-room-2', name: 'Room 2 plan' } });
    await a.call('plans.reorder', { planIds: [...shipped].reverse() });
    arrive(b.dataDir, a.dataDir, `plans/${added.id}.json`);
    arrive(a.dataDir, b.dataDir, `plans/${added.id}.json`);
    await vi.waitFor(async () => expect((await a.call('plans.list', {})).map((plan) => plan.id)).toContain(added.id), { timeout: 10_000 });
    conflict(a, b, 'plan-order.json');

    for (const each of [a, b]) {
      await vi.waitFor(() => expect(readdirSync(each.dataDir).filter((name) => name.includes('sync-conflict'))).toEqual([]), { timeout: 10_000 });
      expect((await each.call('plans.list', {})).map((plan) => plan.id)).toEqual([...[...shipped].reverse(), added.id]);
      expect(readdirSync(path.join(each.dataDir, 'plan-order-versions'))).toHaveLength(1);
      expect(each.changes()).toContainEqual(expect.objectContaining({ kind: 'plan', id: null }));
    }
  });

  it('a choice made against an older revision, or naming a version already settled, changes nothing and says so by name', async () => {
    const { a, b } = await twoRooms();
    const [first] = await a.call('plans.list', {});
    const shared = await a.call('plans.save', { plan: { ...first!, name: 'Deep work' } });
    arrive(a.dataDir, b.dataDir, `plans/${shared.id}.json`);
    await a.call('plans.save', { plan: { ...shared, sessionWarningSec: 300 } });
    await b.call('plans.save', { plan: { ...shared, name: 'Deep work, slower' } });
    const copy = conflict(a, b, `plans/${shared.id}.json`);
    await vi.waitFor(async () => expect((await pending(b)).plans).toEqual([shared.id]), { timeout: 10_000 });

    await expect(b.call('plans.resolve', { planId: shared.id, revision: 1, plan: shared, copies: [copy] })).rejects.toThrow(
      'The plan "Deep work" changed again while you were choosing. Look at both versions once more, then choose.',
    );
    await expect(b.call('plans.resolve', { planId: shared.id, revision: 2, plan: shared, copies: [copyName('elsewhere')] })).rejects.toThrow(
      'The other version of the plan "Deep work" is no longer there: it was probably settled in another room. Look at it again.',
    );
    expect(existsSync(path.join(b.dataDir, 'plans', `${copy}.json`))).toBe(true);
    expect(existsSync(path.join(b.dataDir, 'plan-versions'))).toBe(false);
    expect((await b.call('plans.versions', { planId: shared.id })).current.name).toBe('Deep work');
  });
});

import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlansService } from '../../../electron/services/plans';
import { createStorage } from '../../../electron/services/storage';
import { MAX_PLANS } from '../../../shared/contract/schemas';
import { defaultPlans } from '../../../shared/plans/defaults';
import type { Plan } from '../../../shared/plans/plan';
import { recordRefOf } from '../../../shared/sync/record-kinds';
import { planOf } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const shippedIds = defaultPlans.map((plan) => plan.id);
const custom: Plan = { ...planOf(['Talk', 5, 2], ['Back work', 20, 10]), id: 'my-plan', name: 'My back plan' };

function library(dataDir = tempDir()) {
  let n = 0;
  const plans = new PlansService({ storage: createStorage(dataDir), newId: () => `plan-${++n}` });
  const file = (id: string) => path.join(dataDir, 'plans', `${id}.json`);
  const ids = () => plans.list().map((plan) => plan.id);
  const names = () => plans.list().map((plan) => plan.name);
  /** A plan file that arrives without the service: copied in by hand, or brought by the sync engine from another room. */
  const arrive = (plan: Plan) => {
    plans.prepare();
    const [some] = readdirSync(path.join(dataDir, 'plans'));
    const envelope = JSON.parse(readFileSync(path.join(dataDir, 'plans', some!), 'utf8'));
    writeFileSync(file(plan.id), JSON.stringify({ ...envelope, record: plan }));
  };
  return { dataDir, plans, file, ids, names, arrive };
}

function refusal(action: () => unknown): { code?: string; message?: string } {
  try {
    action();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

describe('the shipped plans', () => {
  it('are copied in, one file each, when the folder is prepared, before anything is asked', () => {
    const { dataDir, plans } = library();
    plans.prepare();
    expect(readdirSync(path.join(dataDir, 'plans')).sort()).toEqual(shippedIds.map((id) => `${id}.json`).sort());
  });

  it('are found by id on a new folder without listing first', () => {
    const { plans } = library();
    expect(plans.find('default-30')?.name).toBe('30-minute session');
    expect(plans.find('nope')).toBeUndefined();
  });

  it('one another room changed, arriving before the plan order, stays as that room saved it', () => {
    const dataDir = tempDir();
    const { arrive, file, plans } = library(dataDir);
    plans.prepare();
    const changed = { ...defaultPlans[0]!, name: 'Our hour' };
    arrive(changed);
    rmSync(path.join(dataDir, 'plan-order.json'));
    for (const id of shippedIds.slice(1)) rmSync(file(id));
    expect(library(dataDir).names()).toEqual(['Our hour', ...defaultPlans.slice(1).map((plan) => plan.name)]);
  });

  it('restoring them brings back only the deleted ones, at the end, and leaves edited ones as they are', () => {
    const { plans, ids } = library();
    plans.save({ ...defaultPlans[0]!, name: 'Our hour' });
    const reordered = [...ids()].reverse();
    plans.reorder(reordered);
    plans.delete('default-90');
    const restored = plans.restoreDefaults();
    expect(restored.map((plan) => plan.id)).toEqual([...reordered.filter((id) => id !== 'default-90'), 'default-90']);
    expect(restored.find((plan) => plan.id === 'default-60')?.name).toBe('Our hour');
    expect(restored.find((plan) => plan.id === 'default-90')?.name).toBe('90-minute session');
  });

  it('a restored plan whose name was taken since, in any case, gets the next free number', () => {
    const { plans } = library();
    plans.delete('default-90');
    plans.save({ ...custom, id: 'a', name: '90-MINUTE session' });
    plans.save({ ...custom, id: 'b', name: '90-minute session 2' });
    expect(plans.restoreDefaults().find((plan) => plan.id === 'default-90')?.name).toBe('90-minute session 3');
  });
});

describe('the order the therapist chose', () => {
  it('is a record of its own that other rooms hear about', () => {
    const { dataDir, plans, ids } = library();
    plans.reorder([...ids()].reverse());
    const order = readdirSync(dataDir).filter((name) => recordRefOf(name)?.kind === 'plan');
    expect(order).toHaveLength(1);
    expect(library(dataDir).ids()).toEqual([...shippedIds].reverse());
  });

  it('puts each new plan last, in the order they were made', () => {
    const { plans, ids } = library();
    plans.save({ ...custom, id: 'zz', name: 'Zed' });
    plans.save({ ...custom, id: 'aa', name: 'Ay' });
    expect(ids()).toEqual([...shippedIds, 'zz', 'aa']);
  });

  it('lists a plan that arrived without it after the ordered ones', () => {
    const { plans, ids, arrive } = library();
    plans.reorder([...shippedIds].reverse());
    arrive({ ...custom, id: 'from-room-2', name: 'From room 2' });
    expect(ids()).toEqual([...[...shippedIds].reverse(), 'from-room-2']);
  });

  it('forgets a plan whose file went away: a new order need not name it, and it comes back last if it returns', () => {
    const { plans, ids, file, arrive } = library();
    plans.prepare();
    const kept = readFileSync(file('default-30'), 'utf8');
    rmSync(file('default-30'));
    const rest = shippedIds.filter((id) => id !== 'default-30');
    expect(plans.reorder([...rest].reverse()).map((plan) => plan.id)).toEqual([...rest].reverse());
    writeFileSync(file('default-30'), kept);
    expect(ids()).toEqual([...[...rest].reverse(), 'default-30']);
    plans.delete('default-60');
    arrive(defaultPlans[0]!);
    expect(ids().at(-1)).toBe('default-60');
  });

  it('refuses an order that lists a plan twice, or one that is not in the library, and keeps the old order', () => {
    const { plans, ids } = library();
    const twice = [shippedIds[0]!, ...shippedIds.slice(0, -1)];
    const message = 'A new order must list every plan exactly once.';
    expect(refusal(() => plans.reorder(twice))).toMatchObject({ code: 'refused', message });
    expect(refusal(() => plans.reorder([...shippedIds, shippedIds[0]!]))).toMatchObject({ code: 'refused', message });
    expect(refusal(() => plans.reorder([...shippedIds.slice(1), 'nope']))).toMatchObject({ code: 'refused', message });
    expect(ids()).toEqual(shippedIds);
  });

  it('a damaged order file loses no plan: every plan is still listed', () => {
    const { dataDir, plans, ids } = library();
    plans.save(custom);
    writeFileSync(path.join(dataDir, 'plan-order.json'), '{"planIds": [');
    expect(ids().sort()).toEqual([...shippedIds, 'my-plan'].sort());
  });
});

describe('names in the library', () => {
  it('refuses a name already taken, whatever its case or spaces, naming the plan that has it', () => {
    const { plans, names } = library();
    plans.save(custom);
    expect(refusal(() => plans.save({ ...custom, id: 'other', name: '  my BACK plan ' }))).toMatchObject({
      code: 'refused',
      message: 'There is already a plan called "My back plan". Choose another name.',
    });
    expect(names()).not.toContain('  my BACK plan ');
  });

  it('a duplicate is called a copy, and the next one is numbered', () => {
    const { plans } = library();
    plans.save(custom);
    expect(plans.duplicate('my-plan').name).toBe('My back plan (copy)');
    expect(plans.duplicate('my-plan').name).toBe('My back plan (copy) 2');
    expect(plans.duplicate('my-plan').name).toBe('My back plan (copy) 3');
  });
});

describe('what the plan library refuses', () => {
  it('a plan that does not exist, by its id', () => {
    const { plans } = library();
    expect(refusal(() => plans.get('nope'))).toMatchObject({ code: 'not-found', message: 'There is no plan "nope".' });
    expect(refusal(() => plans.duplicate('nope'))).toMatchObject({ code: 'not-found', message: 'There is no plan "nope".' });
    expect(refusal(() => plans.delete('nope'))).toMatchObject({ code: 'not-found', message: 'There is no plan "nope".' });
  });

  it('deleting the last plan, since a session needs one to start', () => {
    const { plans, ids } = library();
    for (const id of shippedIds.slice(1)) plans.delete(id);
    expect(refusal(() => plans.delete(shippedIds[0]!))).toMatchObject({
      code: 'refused',
      message: 'Keep at least one plan; a session needs one to start.',
    });
    expect(ids()).toEqual([shippedIds[0]]);
  });

  it('a new plan once the library is full; an edit to a plan in it is still saved', () => {
    const { plans, ids, arrive } = library();
    for (let n = shippedIds.length; n < MAX_PLANS; n += 1) arrive({ ...custom, id: `bulk-${n}`, name: `Plan ${n}` });
    expect(ids()).toHaveLength(MAX_PLANS);
    expect(refusal(() => plans.save({ ...custom, name: 'One more' }))).toMatchObject({
      code: 'refused',
      message: `The library holds at most ${MAX_PLANS} plans.`,
    });
    expect(plans.save({ ...custom, id: `bulk-${shippedIds.length}`, name: 'Renamed' }).name).toBe('Renamed');
    expect(ids()).toHaveLength(MAX_PLANS);
  });

  it('deleting a plan whose file is damaged says so, and the plan stays out of the list', () => {
    const { plans, file, ids } = library();
    plans.save(custom);
    writeFileSync(file('my-plan'), 'not a plan');
    expect(refusal(() => plans.delete('my-plan'))).toMatchObject({ code: 'storage', message: 'The plan file for "my-plan" is missing.' });
    expect(ids()).toEqual(shippedIds);
  });

  it('a damaged plan file is left out of the list, and the rest are listed', () => {
    const { plans, file, ids } = library();
    plans.save(custom);
    writeFileSync(file('my-plan'), 'not a plan');
    expect(ids()).toEqual(shippedIds);
    expect(existsSync(file('my-plan'))).toBe(false);
  });
});

import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/services/backend';
import { defaultPlans } from '../../../shared/plans/defaults';
import type { Plan } from '../../../shared/plans/plan';
import type { Session } from '../../../shared/session/session';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, planOf, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function setup(dataDir = tempDir()) {
  const clock = new ManualClock(T0);
  const pushes: { channel: string; payload: unknown }[] = [];
  const backend = createBackend({ dataDir, clock, push: (channel, payload) => pushes.push({ channel, payload }), notify: () => {} });
  async function call<T>(channel: string, payload: unknown): Promise<T> {
    const answer = await backend.handle(channel, payload);
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.value as T;
  }
  async function refusal(channel: string, payload: unknown) {
    const answer = await backend.handle(channel, payload);
    if (answer.ok) throw new Error(`${channel} was accepted`);
    return answer.error;
  }
  return { dataDir, clock, backend, call, refusal, pushes };
}

const custom: Plan = { ...planOf(['Talk', 5, 2], ['Back work', 20, 10]), id: 'my-plan', name: 'My back plan' };

describe('the plan library', () => {
  it('starts with the shipped plans, each stored in a file of its own', async () => {
    const { call, dataDir } = setup();
    const plans = await call<Plan[]>('plans.list', {});
    expect(plans.map((plan) => plan.id)).toEqual(defaultPlans.map((plan) => plan.id));
    expect(readdirSync(path.join(dataDir, 'plans')).sort()).toEqual(defaultPlans.map((plan) => `${plan.id}.json`).sort());
  });

  it('a plan the disk will not give back is named, with what to do, rather than the library shown short of it', async () => {
    const { call, dataDir } = setup();
    await call('plans.list', {});
    // What a sync engine could leave: a folder where a plan's file should be.
    rmSync(path.join(dataDir, 'plans', 'default-90.json'));
    mkdirSync(path.join(dataDir, 'plans', 'default-90.json'));
    expect(await setup(dataDir).refusal('plans.list', {})).toEqual({
      code: 'storage',
      message:
        'A plan (plans/default-90.json in the data folder) could not be read from the disk: a folder stands where the file should be. ' +
        'Move it out of the data folder, then try again.',
    });
  });

  it('creates, edits, duplicates, reorders and deletes plans, and remembers them after a restart', async () => {
    const { call, dataDir } = setup();
    await call('plans.save', { plan: custom });
    await call('plans.save', { plan: { ...custom, phases: [...custom.phases].reverse() } });
    const copy = await call<Plan>('plans.duplicate', { planId: 'my-plan' });
    expect(copy.name).toBe('My back plan (copy)');
    expect(copy.id).not.toBe('my-plan');
    const ids = (await call<Plan[]>('plans.list', {})).map((plan) => plan.id);
    await call('plans.reorder', { planIds: [copy.id, ...ids.filter((id) => id !== copy.id)] });
    await call('plans.delete', { planId: 'default-90' });

    const again = setup(dataDir);
    const plans = await again.call<Plan[]>('plans.list', {});
    expect(plans[0]?.id).toBe(copy.id);
    expect(plans.find((plan) => plan.id === 'my-plan')?.phases.map((phase) => phase.name)).toEqual(['Back work', 'Talk']);
    expect(plans.some((plan) => plan.id === 'default-90')).toBe(false);
    expect(existsSync(path.join(dataDir, 'plans-deleted', 'default-90.json'))).toBe(true);
    await again.call('plans.restoreDefaults', {});
    expect((await again.call<Plan[]>('plans.list', {})).some((plan) => plan.id === 'default-90')).toBe(true);
  });

  it('a second order of the plans that arrived while the app was closed is settled at the next start: the kept order stands, the other is set aside', async () => {
    const first = setup();
    const ids = (await first.call<Plan[]>('plans.list', {})).map((plan) => plan.id);
    // The other room kept the shipped order.
    copyFileSync(path.join(first.dataDir, 'plan-order.json'), path.join(first.dataDir, 'plan-order.sync-conflict-20261130-101010-ABCDEFG.json'));
    await first.call('plans.reorder', { planIds: [...ids].reverse() });
    first.backend.close();

    const again = setup(first.dataDir);
    await again.backend.idle();
    expect(readdirSync(again.dataDir).filter((name) => name.startsWith('plan-order.'))).toEqual(['plan-order.json']);
    expect(readdirSync(path.join(again.dataDir, 'plan-order-versions'))).toHaveLength(1);
    expect((await again.call<Plan[]>('plans.list', {})).map((plan) => plan.id)).toEqual([...ids].reverse());
    again.backend.close();
  });

  it('refuses invalid plans with a clear message and changes nothing', async () => {
    const { call, refusal } = setup();
    const before = await call<Plan[]>('plans.list', {});
    const phase = custom.phases[0]!;
    const cases: [unknown, string][] = [
      [{ ...custom, phases: [{ ...phase, durationSec: -60 }] }, 'longer than zero'],
      [{ ...custom, phases: [{ ...phase, durationSec: 0 }] }, 'longer than zero'],
      [{ ...custom, phases: [{ ...phase, minimumSec: phase.durationSec + 60 }] }, 'the shortest it may shrink to can’t be longer than the phase'],
      [{ ...custom, phases: [] }, 'at least one phase'],
      [{ ...custom, phases: [{ ...phase, durationSec: 5 * 60 * 60 }] }, 'at most 4 hours'],
      [{ ...custom, phases: [phase, { ...phase, id: 'other' }] }, 'another phase has the same name'],
      [{ ...custom, name: '   ' }, 'needs a name'],
      [{ ...custom, phases: [{ ...phase, warningSec: phase.durationSec }] }, 'warning must come before'],
      [{ ...custom, phases: [{ ...phase, segments: [{ id: 'a', name: 'Neck', durationSec: 60 }] }] }, 'add up'],
      [{ ...custom, extra: true }, 'not something Stillpoint knows'],
    ];
    for (const [plan, message] of cases) {
      const error = await refusal('plans.save', { plan });
      expect(error.code).toBe('invalid-request');
      expect(error.message).toContain(message);
    }
    expect((await refusal('plans.save', { plan: { ...custom, name: '60-minute SESSION' } })).message).toContain('already a plan called');
    expect((await refusal('plans.reorder', { planIds: ['default-60'] })).message).toContain('every plan exactly once');
    expect((await refusal('plans.delete', { planId: 'nope' })).code).toBe('not-found');
    expect(await call<Plan[]>('plans.list', {})).toEqual(before);
  });

  it('a session started from a plan keeps its frozen copy when the plan is edited or deleted', async () => {
    const { call, clock } = setup();
    await call('plans.save', { plan: custom });
    const session = await call<Session>('session.start', { planId: 'my-plan' });
    await call('plans.save', { plan: { ...custom, phases: [{ ...custom.phases[0]!, durationSec: 60, minimumSec: 0 }] } });
    await call('plans.delete', { planId: 'my-plan' });
    clock.advance(6 * MIN);
    const current = await call<Session>('session.current', {});
    expect(current.id).toBe(session.id);
    expect(current.plan).toEqual({ ...custom, writtenBy: { room: expect.any(String), at: T0, revision: 1 } });
  });

  it('room settings are stored, pushed to every window, and keeping the end time is frozen into new sessions', async () => {
    const { call, refusal, pushes, dataDir } = setup();
    expect(await call('settings.get', {})).toMatchObject({ theme: 'dark', silent: false, keepEndTime: true });
    await call('settings.update', { theme: 'amber', keepEndTime: false });
    expect(pushes.filter((push) => push.channel === 'settings.changed').at(-1)?.payload).toMatchObject({ theme: 'amber' });
    expect((await refusal('settings.update', { theme: 'neon' })).message).toContain('dark, amber, light or system');
    expect((await refusal('settings.update', { volume: 3 })).code).toBe('invalid-request');
    const session = await call<Session>('session.start', { planId: 'default-60' });
    expect(session.keepEndTime).toBe(false);
    expect(await setup(dataDir).call('settings.get', {})).toMatchObject({ theme: 'amber', keepEndTime: false });
    expect(await call('room.miniWindow', { open: true })).toEqual({ supported: false, open: false });
  });

  it('refuses commands for an unknown or finished session', async () => {
    const { call, refusal } = setup();
    const session = await call<Session>('session.start', { planId: 'default-30' });
    expect((await refusal('session.command', { sessionId: 'missing', command: { type: 'next' } })).code).toBe('not-found');
    await call('session.command', { sessionId: session.id, command: { type: 'finish' } });
    expect((await refusal('session.command', { sessionId: session.id, command: { type: 'next' } })).code).toBe('refused');
  });
});

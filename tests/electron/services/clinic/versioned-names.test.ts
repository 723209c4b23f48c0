import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../../shared/handout/template';
import { careBackend, someClient } from '../../../helpers/backend';
import { ManualClock } from '../../../helpers/manual-clock';
import { T0 } from '../../../helpers/sessions';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
/** The name the sync engine gives the other room's version. */
const copyOf = (record: string) => `${record}.sync-conflict-20261130-101010-ABCDEFG`;
const stale = (called: string) => ({ code: 'conflict', message: `${called} changed again while you were choosing. Look at both versions once more, then choose.` });

describe('a choice between two versions made against an older revision names the record as a person knows it', () => {
  it('a client, a plan, a handout template and the clinic header', async () => {
    const { call, fail } = careBackend(tempDir(), new ManualClock(T0));
    const ana = await call('clients.create', { fields: someClient });
    expect(await fail('clients.resolve', { clientId: ana.id, revision: 7, fields: someClient, copies: [copyOf(ana.id)] })).toMatchObject(stale("Ana Ruiz's details"));

    const [first] = await call('plans.list', {});
    const plan = await call('plans.save', { plan: { ...first!, id: 'deep', name: 'Deep work' } });
    expect(await fail('plans.resolve', { planId: plan.id, revision: 7, plan, copies: [copyOf(plan.id)] })).toMatchObject(stale('The plan "Deep work"'));

    const template = await call('handout.templates.save', { ...defaultTemplate, id: undefined, name: 'After deep work' });
    expect(await fail('handout.templates.resolve', { id: template.id, revision: 7, template, copies: [copyOf(template.id)] })).toMatchObject(stale('The handout template "After deep work"'));

    const header = await call('handout.settings.save', { clinic: { name: 'Stillwater' }, hiddenStretchIds: [], customStretches: [] });
    expect(await fail('handout.settings.resolve', { revision: 7, settings: header, copies: [copyOf('handout-settings')] })).toMatchObject(stale('The clinic header'));
  });
});

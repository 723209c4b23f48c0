import { describe, expect, it } from 'vitest';
import { invokeChannelNames, type InvokeChannel } from '../../../shared/contract/channels';
import type { ContractErrorBody } from '../../../shared/contract/errors';
import { defaultPlan60 } from '../../../shared/plans/defaults';
import type { Plan } from '../../../shared/plans/plan';
import { minutesProblem, painProblem } from '../../../renderer/handout/wrap-up';
import { careBackend, someClient } from '../../helpers/backend';
import { ManualClock } from '../../helpers/manual-clock';
import { T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

/** What a message must never show a person: the program's own names for things. */
const internals: [string, RegExp][] = [
  ['a channel name', new RegExp(`(^|[^\\w.])(${invokeChannelNames.map((name) => name.replace(/\./g, '\\.')).join('|')})\\b`)],
  ['"was not accepted"', /was not accepted/i],
  ['a field path', /\b[A-Za-z_]\w*\.[A-Za-z0-9_]+/],
  ['a field name', /\b[a-z]+[A-Z]\w*/],
  ['a zero-based index', /\b(phase|segment|section|stretch|step|line|item|entry) 0\b/i],
  ['validator jargon', /invalid input|invalid_|expected (string|number|boolean|object|array|int|nonoptional)|received|NaN|undefined|unrecognized key|too (big|small)/i],
];

function internalsIn(text: string): string[] {
  return internals.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${what} in “${text}”`);
}

function everyTextOf(error: ContractErrorBody): string[] {
  return [error.message, ...(error.issues ?? []).map((issue) => issue.message)];
}

const clearIntake = { screening: [], confirmedUnchanged: false, painNow: 6, painRegions: ['lower-back'], painQuality: 'ache', goals: 'move freely' };
const soap = { subjective: 'S', objective: 'O', assessment: 'A', plan: 'P' };
const long = (n: number): string => 'x'.repeat(n + 1);

const planWith = (change: (plan: Plan) => void): Plan => {
  const plan = structuredClone({ ...defaultPlan60, id: 'mine', name: 'Mine' });
  change(plan);
  return plan;
};
const [, second] = defaultPlan60.phases;

type Case = [form: string, channel: InvokeChannel, request: (ids: { sessionId: string; clientId: string }) => unknown];

const cases: Case[] = [
  ['client form: no name', 'clients.create', () => ({ fields: { ...someClient, name: '  ' } })],
  ['client form: long name', 'clients.create', () => ({ fields: { ...someClient, name: long(120) } })],
  ['client form: date of birth', 'clients.create', () => ({ fields: { ...someClient, dateOfBirth: '31/02/1990' } })],
  ['client form: pressure 11', 'clients.create', () => ({ fields: { ...someClient, preferredPressure: 11 } })],
  ['client form: pressure 5.5', 'clients.update', ({ clientId }) => ({ clientId, revision: 1, fields: { ...someClient, preferredPressure: 5.5 } })],
  ['client form: age band', 'clients.create', () => ({ fields: { ...someClient, ageBand: 'teen' } })],
  ['intake: pain 11', 'intake.save', ({ sessionId }) => ({ sessionId, intake: { ...clearIntake, painNow: 11 } })],
  ['intake: pain left empty', 'intake.save', ({ sessionId }) => ({ sessionId, intake: { ...clearIntake, painNow: null } })],
  ['intake: pain not a number', 'intake.save', ({ sessionId }) => ({ sessionId, intake: { ...clearIntake, painNow: Number.NaN } })],
  ['intake: long description', 'intake.save', ({ sessionId }) => ({ sessionId, intake: { ...clearIntake, painQuality: long(300) } })],
  ['intake: a region twice', 'intake.save', ({ sessionId }) => ({ sessionId, intake: { ...clearIntake, painRegions: ['neck', 'neck'] } })],
  ['screening decision: long note', 'intake.acknowledge', ({ sessionId }) => ({ sessionId, decision: 'modify', note: long(500) })],
  ['plan editor: no name', 'plans.save', () => ({ plan: planWith((plan) => (plan.name = '')) })],
  ['plan editor: shortest longer than the phase', 'plans.save', () => ({ plan: planWith((plan) => (plan.phases[1]!.minimumSec = 600)) })],
  ['plan editor: warning after the start', 'plans.save', () => ({ plan: planWith((plan) => (plan.phases[3]!.warningSec = 900)) })],
  ['plan editor: zero minutes', 'plans.save', () => ({ plan: planWith((plan) => (plan.phases[0]!.durationSec = 0)) })],
  ['plan editor: minutes not a number', 'plans.save', () => ({ plan: planWith((plan) => (plan.phases[0]!.durationSec = Number.NaN)) })],
  ['plan editor: phase with no name', 'plans.save', () => ({ plan: planWith((plan) => (plan.phases[4]!.name = ' ')) })],
  ['plan editor: two phases one name', 'plans.save', () => ({ plan: planWith((plan) => (plan.phases[1]!.name = plan.phases[0]!.name)) })],
  ['plan editor: every phase off', 'plans.save', () => ({ plan: planWith((plan) => plan.phases.forEach((phase) => (phase.enabled = false))) })],
  ['plan editor: session warning too early', 'plans.save', () => ({ plan: planWith((plan) => (plan.sessionWarningSec = 2 * 60 * 60)) })],
  [
    'plan editor: segments that do not add up',
    'plans.save',
    () => ({ plan: planWith((plan) => (plan.phases[4]!.segments = [{ id: 'a', name: 'Back', durationSec: 60 }, { id: 'b', name: 'Legs', durationSec: 60 }])) }),
  ],
  [
    'plan editor: a segment of zero minutes',
    'plans.save',
    () => ({ plan: planWith((plan) => (plan.phases[4]!.segments = [{ id: 'a', name: 'Back', durationSec: 0 }, { id: 'b', name: 'Legs', durationSec: plan.phases[4]!.durationSec }])) }),
  ],
  ['record: pain after 12', 'record.save', ({ sessionId }) => ({ sessionId, painAfter: 12, soap, basedOn: null })],
  ['record: long assessment', 'record.save', ({ sessionId }) => ({ sessionId, painAfter: 2, soap: { ...soap, assessment: long(4000) }, basedOn: null })],
  ['record: signed without a name', 'record.sign', ({ sessionId }) => ({ sessionId, painAfter: 2, soap, by: ' ', basedOn: null })],
  ['record: signed without pain after', 'record.sign', ({ sessionId }) => ({ sessionId, painAfter: null, soap, by: 'Sam', basedOn: null })],
  ['amend: no reason', 'record.amend', ({ sessionId }) => ({ sessionId, by: 'Sam', reason: '', field: 'assessment', text: 'better' })],
  ['amend: pain after 12', 'record.amend', ({ sessionId }) => ({ sessionId, by: 'Sam', reason: 'typo', field: 'painAfter', painAfter: 12 })],
  ['correction: nothing changed', 'pressure.correct', ({ sessionId }) => ({ sessionId, entryId: 'e1', change: {} })],
  ['correction: long note', 'pressure.correct', ({ sessionId }) => ({ sessionId, entryId: 'e1', change: { note: long(200) } })],
  ['handout settings: long clinic name', 'handout.settings.save', () => ({ clinic: { name: long(200) }, hiddenStretchIds: [], customStretches: [] })],
  ['handout settings: not a picture', 'handout.settings.save', () => ({ clinic: { logo: 'data:text/plain;base64,aGk=' }, hiddenStretchIds: [], customStretches: [] })],
  [
    'stretch library: a stretch without steps or regions',
    'handout.settings.save',
    () => ({
      clinic: {},
      hiddenStretchIds: [],
      customStretches: [{ id: 'mine', name: 'Mine', regions: [], steps: [], holdSeconds: 0, repetitions: 1, perSide: false }],
    }),
  ],
  ['templates: no name', 'handout.templates.save', () => ({ name: '', sections: {}, introLines: [''], stretchLimit: 13 })],
  ['welcome: long clinic name', 'app.welcome.finish', () => ({ clinicName: long(200), clinicContact: '', therapistName: '', defaultPlanId: 'default-60', cueSound: 'bowl' })],
  ['settings: volume', 'settings.update', () => ({ volume: 3 })],
];

async function backendWithSession() {
  const api = careBackend(tempDir(), new ManualClock(T0));
  const client = await api.call('clients.create', { fields: someClient });
  const session = await api.call('session.start', { planId: 'default-60', clientId: client.id });
  return { ...api, ids: { sessionId: session.id, clientId: client.id } };
}

describe('every message a person sees is plain', () => {
  it('every form’s validation answers in plain words: no channel, field path, index or validator jargon', async () => {
    const { fail, ids } = await backendWithSession();
    const problems: string[] = [];
    for (const [form, channel, request] of cases) {
      const error = await fail(channel, request(ids));
      problems.push(...everyTextOf(error).flatMap(internalsIn).map((problem) => `${form}: ${problem}`));
    }
    problems.push(...[painProblem('11'), minutesProblem('an hour')].flatMap((text) => internalsIn(text ?? '')));
    expect(problems).toEqual([]);
  });

  it('a plan error names the phase, counted from one, and points at its field', async () => {
    const { fail } = await backendWithSession();
    const error = await fail('plans.save', { plan: planWith((plan) => (plan.phases[1]!.minimumSec = 600)) });
    expect(error.message).toBe(`Phase 2, ${second!.name}: the shortest it may shrink to can’t be longer than the phase.`);
    expect(error.issues).toEqual([{ path: 'plan.phases.1.minimumSec', message: error.message }]);
  });

  it('a segment error names its phase and its segment', async () => {
    const { fail } = await backendWithSession();
    const segments = [{ id: 'a', name: 'Back', durationSec: 0 }, { id: 'b', name: 'Legs', durationSec: 25 * 60 }];
    const error = await fail('plans.save', { plan: planWith((plan) => (plan.phases[4]!.segments = segments)) });
    expect(error.message).toMatch(/^Phase 5, Targeted work, segment 1, Back: /);
  });

  it('malformed requests to any channel still get a plain answer', async () => {
    const { backend } = await backendWithSession();
    const problems: string[] = [];
    for (const channel of invokeChannelNames) {
      for (const payload of [null, 42, { surprise: true }, { __proto__: null, planId: 7, sessionId: [], fields: 'x' }]) {
        const answer = await backend.handle(channel, payload);
        if (!answer.ok) problems.push(...everyTextOf(answer.error).flatMap(internalsIn).map((problem) => `${channel}: ${problem}`));
      }
    }
    expect(problems).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ScreeningAnswer } from '../../../shared/screening/intake';
import { careBackend, someClient } from '../../helpers/backend';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

const wound: ScreeningAnswer = { id: 'open-wound-or-skin-infection', level: 'modify', note: 'graze', avoidRegions: ['calves'] };
const surgery: ScreeningAnswer = { id: 'recent-surgery', level: 'consult', note: 'knee, 3 weeks', avoidRegions: [] };
const intakeWith = (screening: ScreeningAnswer[]) => ({ screening, confirmedUnchanged: false, painNow: 5, painRegions: [], painQuality: '', goals: '' });
const feedback = { region: 'lower-back', technique: 'effleurage', level: 5, response: 'just-right' } as const;

/** A first visit with the given screen, acknowledged and finished, then a second visit started without an intake. */
async function returningClient(screening: ScreeningAnswer[]) {
  const clock = new ManualClock(T0);
  const api = careBackend(tempDir(), clock);
  const client = await api.call('clients.create', { fields: someClient });
  const first = await api.call('session.start', { planId: 'default-60', clientId: client.id });
  await api.call('intake.save', { sessionId: first.id, intake: intakeWith(screening) });
  if (screening.length > 0) await api.call('intake.acknowledge', { sessionId: first.id, decision: 'modify', note: '' });
  clock.advance(60 * MIN);
  await api.call('session.command', { sessionId: first.id, command: { type: 'finish' } });
  clock.advance(7 * 24 * 60 * MIN);
  const second = await api.call('session.start', { planId: 'default-60', clientId: client.id });
  const toWarmUp = async () => {
    for (let i = 0; i < 2; i += 1) {
      clock.advance(5 * MIN);
      await api.call('session.command', { sessionId: second.id, command: { type: 'next' } });
    }
  };
  return { ...api, clock, second, toWarmUp };
}

describe('a returning client’s last screening flags', () => {
  it('carry into a session that skips the intake, and hold the pressure log until acknowledged', async () => {
    const { call, fail, second, toWarmUp } = await returningClient([wound]);
    expect(second.carriedScreening).toMatchObject({ screening: [wound] });
    await toWarmUp();
    expect(await fail('pressure.log', { sessionId: second.id, ...feedback })).toMatchObject({
      code: 'refused',
      message: 'The screening flags need to be acknowledged before hands-on work.',
    });
    await call('intake.acknowledge', { sessionId: second.id, decision: 'modify', note: 'unchanged, calves left out' });
    const logged = await call('pressure.log', { sessionId: second.id, ...feedback });
    expect(logged.pressure?.entries).toHaveLength(1);
  });

  it('“consult a doctor first” cannot be waved through as proceed, exactly as in a fresh intake', async () => {
    const { fail, second } = await returningClient([surgery]);
    expect(await fail('intake.acknowledge', { sessionId: second.id, decision: 'proceed', note: '' })).toMatchObject({ code: 'refused', message: expect.stringMatching(/consult a doctor first/) });
  });

  it('a fresh screen replaces the carried flags: none reported, nothing to acknowledge', async () => {
    const { call, second, toWarmUp } = await returningClient([wound, surgery]);
    await call('intake.save', { sessionId: second.id, intake: intakeWith([]) });
    await toWarmUp();
    expect((await call('pressure.log', { sessionId: second.id, ...feedback })).pressure?.entries).toHaveLength(1);
  });

  it('a fresh screen that still reports the flag needs its own acknowledgement', async () => {
    const { call, fail, second, toWarmUp, clock } = await returningClient([wound]);
    await call('intake.acknowledge', { sessionId: second.id, decision: 'modify', note: '' });
    clock.advance(1000);
    await call('intake.save', { sessionId: second.id, intake: intakeWith([wound]) });
    await toWarmUp();
    expect((await fail('pressure.log', { sessionId: second.id, ...feedback })).code).toBe('refused');
  });

  it('nothing is carried when the last screen found nothing to modify or consult about', async () => {
    const { call, second, toWarmUp } = await returningClient([]);
    expect(second.carriedScreening).toBeUndefined();
    await toWarmUp();
    expect((await call('pressure.log', { sessionId: second.id, ...feedback })).pressure?.entries).toHaveLength(1);
  });
});

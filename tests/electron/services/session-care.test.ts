import { describe, expect, it } from 'vitest';
import { careBackend, someClient } from '../../helpers/backend';
import { ManualClock } from '../../helpers/manual-clock';
import { onDisk } from '../../helpers/on-disk';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

const clearIntake = { screening: [], confirmedUnchanged: false, painNow: 6, painRegions: ['lower-back' as const], painQuality: 'ache', goals: 'move freely' };
const soap = { subjective: 'S', objective: 'O', assessment: 'A', plan: 'P' };

/** A client's session moved on to warm-up (the first hands-on phase). */
async function inWarmUp(dataDir: string, clock: ManualClock) {
  const api = careBackend(dataDir, clock);
  const client = await api.call('clients.create', { fields: someClient });
  const session = await api.call('session.start', { planId: 'default-60', clientId: client.id });
  await api.call('intake.save', { sessionId: session.id, intake: clearIntake });
  clock.advance(5 * MIN);
  await api.call('session.command', { sessionId: session.id, command: { type: 'next' } });
  clock.advance(5 * MIN);
  await api.call('session.command', { sessionId: session.id, command: { type: 'next' } });
  return { ...api, client, sessionId: session.id };
}

const feedback = { region: 'lower-back', technique: 'deep-tissue', level: 7, response: 'just-right' } as const;

describe('the pressure log', () => {
  it('entries are on disk when acknowledged, and survive a restart', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const { call, sessionId } = await inWarmUp(dataDir, clock);
    clock.advance(30_000);
    const answered = await call('pressure.log', { sessionId, ...feedback });
    const stored = onDisk(dataDir, `sessions/${sessionId}`).record as { pressure: { entries: unknown[] } };
    expect(stored.pressure.entries).toEqual(answered.pressure?.entries);
    expect(stored.pressure.entries[0]).toMatchObject({ id: 'e1', phaseName: 'Warm-up', phaseIndex: 2, sessionMs: 10 * MIN + 30_000, level: 7, response: 'just-right' });

    clock.advance(1000);
    await call('pressure.log', { sessionId, ...feedback, level: 8, response: 'less', note: 'tender' });
    const restarted = careBackend(dataDir, clock);
    const history = await restarted.call('session.current', {});
    expect(history?.pressure?.entries.map((entry) => [entry.id, entry.level, entry.note])).toEqual([
      ['e1', 7, ''],
      ['e2', 8, 'tender'],
    ]);
  });

  it('is refused outside hands-on phases, with nothing written', async () => {
    const { call, fail } = careBackend(tempDir(), new ManualClock(T0));
    const session = await call('session.start', { planId: 'default-60' });
    const error = await fail('pressure.log', { sessionId: session.id, ...feedback });
    expect(error).toMatchObject({ code: 'refused' });
    expect(error.message).toMatch(/hands-on phases/);
    expect((await call('session.current', {}))?.pressure).toBeUndefined();
  });

  it('waits for screening flags to be acknowledged, and a consult flag cannot be waved through', async () => {
    const clock = new ManualClock(T0);
    const { call, fail, sessionId } = await inWarmUp(tempDir(), clock);
    await call('intake.save', {
      sessionId,
      intake: { ...clearIntake, screening: [{ id: 'recent-surgery', level: 'consult', note: 'knee, 3 weeks ago', avoidRegions: ['thighs'] }] },
    });
    expect((await fail('pressure.log', { sessionId, ...feedback })).message).toMatch(/acknowledged/);
    expect((await fail('intake.acknowledge', { sessionId, decision: 'proceed', note: '' })).message).toMatch(/consult a doctor first/);
    clock.advance(1000);
    // A note the record could not hold is refused at the edge, not found out when writing the record.
    const unprintable = await fail('intake.acknowledge', { sessionId, decision: 'modify', note: 'legs\u0000 left out' });
    expect(unprintable).toMatchObject({ code: 'invalid-request' });
    expect(unprintable.issues).toEqual([{ path: 'note', message: 'The decision note holds characters that cannot be stored.' }]);
    const acknowledged = await call('intake.acknowledge', { sessionId, decision: 'modify', note: 'legs left out' });
    expect(acknowledged.acknowledgement).toEqual({ at: clock.now(), decision: 'modify', note: 'legs left out' });
    await call('pressure.log', { sessionId, ...feedback });
  });

  it('a correction is appended as its own event; the entry stays as logged', async () => {
    const clock = new ManualClock(T0);
    const { call, fail, sessionId } = await inWarmUp(tempDir(), clock);
    await call('pressure.log', { sessionId, ...feedback });
    const corrected = await call('pressure.correct', { sessionId, entryId: 'e1', change: { region: 'upper-back' } });
    expect(corrected.pressure?.entries[0]?.region).toBe('lower-back');
    expect(corrected.pressure?.corrections).toEqual([{ at: clock.now(), entryId: 'e1', change: { region: 'upper-back' } }]);
    expect((await fail('pressure.correct', { sessionId, entryId: 'e9', change: { level: 3 } })).code).toBe('refused');
    expect((await fail('pressure.correct', { sessionId, entryId: 'e1', change: {} })).code).toBe('invalid-request');
  });

  it('rejects out-of-range and unknown input at the edge', async () => {
    const clock = new ManualClock(T0);
    const { fail, sessionId } = await inWarmUp(tempDir(), clock);
    const error = await fail('pressure.log', { sessionId, ...feedback, level: 11, region: 'elbow', extra: true });
    expect(error.issues?.map((issue) => issue.path)).toEqual(expect.arrayContaining(['level', 'region', '']));
  });
});

describe('the session record', () => {
  async function finished(dataDir: string, clock: ManualClock) {
    const api = await inWarmUp(dataDir, clock);
    await api.call('pressure.log', { sessionId: api.sessionId, ...feedback });
    clock.advance(40 * MIN);
    await api.call('session.command', { sessionId: api.sessionId, command: { type: 'finish' } });
    return api;
  }

  it('cannot be completed before the session finishes', async () => {
    const { fail, sessionId } = await inWarmUp(tempDir(), new ManualClock(T0));
    expect((await fail('record.sign', { sessionId, painAfter: 2, soap, by: 'Mia', basedOn: null })).message).toMatch(/Finish the session/);
  });

  it('a draft opened in two windows: the second save is refused in plain words, and the first window’s note is kept', async () => {
    const clock = new ManualClock(T0);
    const { call, fail, sessionId } = await finished(tempDir(), clock);
    // Both windows opened the record before anything was saved.
    const first = await call('record.save', { sessionId, painAfter: 3, soap: { ...soap, plan: 'first window' }, basedOn: null });
    clock.advance(MIN);
    const refused = await fail('record.save', { sessionId, painAfter: 4, soap: { ...soap, plan: 'second window' }, basedOn: null });
    expect(refused).toMatchObject({ code: 'conflict' });
    expect(refused.message).toBe('This record was saved in another window since you opened it. Your text is still here: copy what you need, open the record again to see the saved note, then save.');
    expect((await fail('record.sign', { sessionId, painAfter: 4, soap, by: 'Mia Chen', basedOn: null })).code).toBe('conflict');
    expect((await call('session.current', {}))?.record).toEqual(first.record);
    // Opened again, it builds on the saved note.
    const signed = await call('record.sign', { sessionId, painAfter: 4, soap, by: 'Mia Chen', basedOn: first.record!.savedAt });
    expect(signed.record).toMatchObject({ painAfter: 4, signature: { by: 'Mia Chen' } });
  });

  it('a signed record is locked: edits are refused and changes become amendments with the original kept', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const { call, fail, sessionId } = await finished(dataDir, clock);
    const draft = await call('record.save', { sessionId, painAfter: 3, soap: { ...soap, plan: 'draft' }, basedOn: null });
    const signed = await call('record.sign', { sessionId, painAfter: 2, soap, by: 'Mia Chen', basedOn: draft.record!.savedAt });
    expect(signed.record).toMatchObject({ painAfter: 2, signature: { at: clock.now(), by: 'Mia Chen' }, amendments: [] });

    expect((await fail('record.save', { sessionId, painAfter: 5, soap, basedOn: null })).message).toMatch(/signed and locked/);
    expect((await fail('record.sign', { sessionId, painAfter: 5, soap, by: 'Mia Chen', basedOn: null })).message).toMatch(/signed and locked/);
    expect((await fail('pressure.correct', { sessionId, entryId: 'e1', change: { level: 3 } })).message).toMatch(/signed and locked/);
    expect((await fail('intake.save', { sessionId, intake: clearIntake })).message).toMatch(/signed and locked/);

    clock.advance(24 * 60 * MIN);
    const amended = await call('record.amend', { sessionId, by: 'Mia Chen', reason: 'client phoned next day', field: 'painAfter', painAfter: 1 });
    expect(amended.record?.painAfter).toBe(2);
    expect(amended.record?.amendments).toEqual([{ at: clock.now(), by: 'Mia Chen', reason: 'client phoned next day', field: 'painAfter', painAfter: 1 }]);
    expect((await fail('record.amend', { sessionId, by: 'Mia Chen', reason: 'x', field: 'plan' })).message).toMatch(/amended text/);

    const restarted = careBackend(dataDir, clock);
    const clientId = (await restarted.call('clients.search', { query: 'ana' })).clients[0]!.id;
    const history = await restarted.call('clients.history', { clientId });
    expect(history.sessions[0]).toMatchObject({ sessionId, signed: true, painAfter: 1 });
    const opened = await restarted.call('clients.session', { clientId, sessionId });
    expect(opened.record).toMatchObject({ soap, painAfter: 2, amendments: [{ painAfter: 1 }] });
  });

  it('amending an unsigned record is refused (it can still be edited)', async () => {
    const { fail, sessionId } = await finished(tempDir(), new ManualClock(T0));
    expect((await fail('record.amend', { sessionId, by: 'Mia', reason: 'x', field: 'plan', text: 'y' })).code).toBe('refused');
  });

  it('history lists a client’s sessions oldest first, across restarts', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const { call, client } = await finished(dataDir, clock);
    clock.advance(7 * 24 * 60 * MIN);
    await call('session.start', { planId: 'default-60', clientId: client.id });
    await call('session.start', { planId: 'default-60', clientId: client.id }).catch(() => undefined);
    const restarted = careBackend(dataDir, clock);
    const history = await restarted.call('clients.history', { clientId: client.id });
    expect(history.sessions.map((entry) => entry.at)).toEqual([T0, clock.now()]);
  });

  it('a session cannot start for a client that does not exist', async () => {
    const { fail } = careBackend(tempDir(), new ManualClock(T0));
    expect((await fail('session.start', { planId: 'default-60', clientId: 'c-nobody' })).code).toBe('not-found');
  });
});

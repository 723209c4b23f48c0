import { describe, expect, it } from 'vitest';
import { SessionCareService } from '../../../electron/services/session-care';
import { SessionsService } from '../../../electron/services/sessions';
import { createStorage } from '../../../electron/services/storage';
import { ContractError } from '../../../shared/contract/errors';
import type { ScreeningAnswer } from '../../../shared/screening/intake';
import type { Session } from '../../../shared/session/session';
import { intakeWith } from '../../helpers/care';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const feedback = { region: 'lower-back', technique: 'deep-tissue', level: 7, response: 'just-right' } as const;
const soap = { subjective: 'S', objective: 'O', assessment: 'A', plan: 'P' };
const { recordedAt: _recordedAt, ...clearIntake } = intakeWith();
const surgery: ScreeningAnswer = { id: 'recent-surgery', level: 'consult', note: 'knee, 3 weeks ago', avoidRegions: ['thighs'] };

/** A session of the default 60-minute plan, intake saved, in warm-up (the first hands-on phase). */
function inWarmUp() {
  const clock = new ManualClock(T0);
  const sessions = new SessionsService({ storage: createStorage(tempDir()), clock, newId: () => 's-1' });
  const care = new SessionCareService(sessions, clock);
  const id = sessions.start('default-60').id;
  care.saveIntake(id, clearIntake);
  sessions.command(id, { type: 'jump', phaseIndex: 2 });
  const pushes: Session[] = [];
  sessions.onChange((session) => {
    if (session) pushes.push(session);
  });
  return { clock, sessions, care, id, pushes };
}

type Room = ReturnType<typeof inWarmUp>;

/** Expects `action` to be refused with `message`, the file unchanged and nothing pushed. */
function expectRefused({ sessions, pushes, id }: Room, action: () => unknown, message: string | RegExp): void {
  const before = sessions.get(id);
  const pushed = pushes.length;
  let error: unknown;
  try {
    action();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ContractError);
  expect(error).toMatchObject({ code: 'refused', message: expect.stringMatching(message) });
  expect(sessions.get(id)).toEqual(before);
  expect(pushes).toHaveLength(pushed);
}

describe('the care service refuses what does not apply, and writes and pushes nothing for it', () => {
  it('logging pressure outside a hands-on phase', () => {
    const r = inWarmUp();
    r.sessions.command(r.id, { type: 'back' });
    r.pushes.length = 0;
    expectRefused(r, () => r.care.log(r.id, feedback), 'Pressure feedback is logged during hands-on phases; "Consultation & assessment" is not one.');
  });

  it('logging pressure before the screening flags are acknowledged', () => {
    const r = inWarmUp();
    r.care.saveIntake(r.id, { ...clearIntake, screening: [surgery] });
    r.pushes.length = 0;
    expectRefused(r, () => r.care.log(r.id, feedback), /acknowledged/);
    r.care.acknowledge(r.id, 'modify', 'legs left out');
    r.care.log(r.id, feedback);
    expect(r.pushes.map((session) => session.pressure?.entries.length ?? 0)).toEqual([0, 1]);
  });

  it('acknowledging when there is nothing to acknowledge, or waving a consult flag through', () => {
    const r = inWarmUp();
    expectRefused(r, () => r.care.acknowledge(r.id, 'proceed', ''), 'There are no screening flags to acknowledge.');
    r.care.saveIntake(r.id, { ...clearIntake, screening: [surgery] });
    r.pushes.length = 0;
    expectRefused(r, () => r.care.acknowledge(r.id, 'proceed', ''), /consult a doctor first/);
  });

  it('logging pressure on a finished session', () => {
    const r = inWarmUp();
    r.sessions.command(r.id, { type: 'finish' });
    r.pushes.length = 0;
    expectRefused(r, () => r.care.log(r.id, feedback), 'This session has finished; its log can only be corrected now.');
  });

  it('correcting an entry that is not in the log', () => {
    const r = inWarmUp();
    expectRefused(r, () => r.care.correct(r.id, 'e1', { level: 3 }), 'There is no log entry e1 in this session.');
  });

  it('correcting an entry that was withdrawn', () => {
    const r = inWarmUp();
    r.care.log(r.id, feedback);
    r.care.correct(r.id, 'e1', { withdrawn: true });
    r.pushes.length = 0;
    expectRefused(r, () => r.care.correct(r.id, 'e1', { level: 3 }), 'That entry was withdrawn, so it can no longer be corrected. Log it again instead.');
  });

  it('correcting an entry that is not in the log, while other entries are', () => {
    const r = inWarmUp();
    r.care.log(r.id, feedback);
    r.pushes.length = 0;
    expectRefused(r, () => r.care.correct(r.id, 'e9', { level: 3 }), 'There is no log entry e9 in this session.');
  });

  it('correcting a withdrawn entry while other entries still stand', () => {
    const r = inWarmUp();
    r.care.log(r.id, feedback);
    r.care.log(r.id, { ...feedback, region: 'neck' });
    r.care.correct(r.id, 'e1', { withdrawn: true });
    r.pushes.length = 0;
    expectRefused(r, () => r.care.correct(r.id, 'e1', { level: 3 }), 'That entry was withdrawn, so it can no longer be corrected. Log it again instead.');
  });

  it('completing the record before the session has finished', () => {
    const r = inWarmUp();
    expectRefused(r, () => r.care.saveRecord(r.id, 2, soap, null), 'Finish the session before completing its record.');
    expectRefused(r, () => r.care.sign(r.id, 2, soap, 'Mia', null), 'Finish the session before completing its record.');
  });

  it('changing a signed record, other than by an amendment', () => {
    const r = inWarmUp();
    r.care.log(r.id, feedback);
    r.sessions.command(r.id, { type: 'finish' });
    r.care.sign(r.id, 2, soap, 'Mia', null);
    r.pushes.length = 0;
    const locked = 'This record is signed and locked. Add an amendment instead.';
    expectRefused(r, () => r.care.saveRecord(r.id, 3, soap, null), locked);
    expectRefused(r, () => r.care.sign(r.id, 3, soap, 'Mia', null), locked);
    expectRefused(r, () => r.care.saveIntake(r.id, clearIntake), locked);
    expectRefused(r, () => r.care.correct(r.id, 'e1', { level: 3 }), locked);
    expectRefused(r, () => r.care.acknowledge(r.id, 'proceed', ''), locked);
    expectRefused(r, () => r.care.amend(r.id, { by: 'Mia', reason: 'x', field: 'painAfter' }), 'Give the corrected pain score.');
    expectRefused(r, () => r.care.amend(r.id, { by: 'Mia', reason: 'x', field: 'plan' }), 'Give the amended text.');
  });

  it('amending a record that is not signed', () => {
    const r = inWarmUp();
    r.sessions.command(r.id, { type: 'finish' });
    r.care.saveRecord(r.id, 2, soap, null);
    r.pushes.length = 0;
    expectRefused(r, () => r.care.amend(r.id, { by: 'Mia', reason: 'x', field: 'plan', text: 'y' }), /can still be edited directly/);
  });
});

describe('every care change is written and pushed exactly once', () => {
  it('intake, acknowledgement, log, correction, record, signature and amendment', () => {
    const r = inWarmUp();
    const steps: (() => Session)[] = [
      () => r.care.saveIntake(r.id, { ...clearIntake, screening: [surgery] }),
      () => r.care.acknowledge(r.id, 'modify', 'legs left out'),
      () => r.care.log(r.id, feedback),
      () => r.care.correct(r.id, 'e1', { note: 'lighter on the left' }),
      () => r.sessions.command(r.id, { type: 'finish' }),
      () => r.care.saveRecord(r.id, 3, soap, null),
      () => r.care.sign(r.id, 2, soap, 'Mia', r.sessions.get(r.id).record?.savedAt ?? null),
      () => r.care.amend(r.id, { by: 'Mia', reason: 'client phoned', field: 'painAfter', painAfter: 1 }),
      () => r.care.amend(r.id, { by: 'Mia', reason: 'typo', field: 'plan', text: 'Plan' }),
    ];
    steps.forEach((step, index) => {
      r.clock.advance(MIN);
      const answered = step();
      expect(r.pushes).toHaveLength(index + 1);
      expect(r.pushes.at(-1)).toEqual(answered);
      expect(r.sessions.get(r.id)).toEqual(answered);
    });
    const last = r.sessions.get(r.id);
    expect(last.pressure?.entries).toHaveLength(1);
    expect(last.pressure?.corrections).toEqual([{ at: T0 + 4 * MIN, entryId: 'e1', change: { note: 'lighter on the left' } }]);
    expect(last.record).toMatchObject({ painAfter: 2, signature: { at: T0 + 7 * MIN, by: 'Mia' } });
    expect(last.record?.amendments.map((amendment) => amendment.field)).toEqual(['painAfter', 'plan']);
  });

  it('a logged entry carries the session clock, the phase and a count a person can follow', () => {
    const r = inWarmUp();
    r.clock.advance(90_000);
    r.care.log(r.id, feedback);
    r.care.log(r.id, { ...feedback, level: 8, response: 'less', note: 'tender' });
    expect(r.sessions.get(r.id).pressure?.entries).toEqual([
      { id: 'e1', at: T0 + 90_000, sessionMs: 90_000, phaseIndex: 2, phaseName: 'Warm-up', ...feedback, note: '' },
      { id: 'e2', at: T0 + 90_000, sessionMs: 90_000, phaseIndex: 2, phaseName: 'Warm-up', ...feedback, level: 8, response: 'less', note: 'tender' },
    ]);
  });
});

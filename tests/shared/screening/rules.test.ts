import { describe, expect, it } from 'vitest';
import { decisionProblem, handsOnBlockedReason, needsAcknowledgement, prefillIntake, screeningFlags } from '../../../shared/screening/rules';
import { screeningIds, screeningQuestions } from '../../../shared/screening/catalogue';
import type { ScreeningAnswer } from '../../../shared/screening/intake';
import { intakeWith } from '../../helpers/care';
import { MIN, T0 } from '../../helpers/sessions';

const clots: ScreeningAnswer = { id: 'blood-clots', level: 'consult', note: 'on blood thinners', avoidRegions: [] };
const wound: ScreeningAnswer = { id: 'open-wound-or-skin-infection', level: 'modify', note: '', avoidRegions: ['calves'] };

describe('screening rules', () => {
  it('asks every question of the catalogue, in its order', () => {
    expect(screeningQuestions.map((question) => question.id)).toEqual([...screeningIds]);
  });

  it('a clear screen raises no flags and needs no acknowledgement', () => {
    const intake = intakeWith([]);
    expect(screeningFlags(intake)).toEqual([]);
    expect(needsAcknowledgement(intake, undefined)).toBe(false);
    expect(handsOnBlockedReason(intake, undefined)).toBeNull();
  });

  it('lists the most serious flag first and says which areas to avoid', () => {
    const flags = screeningFlags(intakeWith([wound, clots]));
    expect(flags.map((flag) => flag.answer.id)).toEqual(['blood-clots', 'open-wound-or-skin-infection']);
    expect(flags[0]?.summary).toBe('History of blood clots or a clotting disorder (on blood thinners) — consult a doctor first');
    expect(flags[1]?.summary).toBe('Open wound or skin infection — avoid the calves');
  });

  it('says "avoid" once: the areas ticked (in the body chart\'s order), or the affected area when none is', () => {
    const areas: ScreeningAnswer = { ...wound, avoidRegions: ['calves', 'lower-back', 'abdomen'] };
    expect(screeningFlags(intakeWith([areas]))[0]?.summary).toBe('Open wound or skin infection — avoid the lower back, calves and abdomen');
    expect(screeningFlags(intakeWith([{ ...wound, avoidRegions: ['abdomen'] }]))[0]?.summary).toBe('Open wound or skin infection — avoid the abdomen');
    expect(screeningFlags(intakeWith([{ ...wound, avoidRegions: [] }]))[0]?.summary).toBe('Open wound or skin infection — avoid the affected area');
    for (const flag of screeningFlags(intakeWith([areas, { ...wound, id: 'other', avoidRegions: [] }]))) {
      expect(flag.summary.match(/avoid/gi), flag.summary).toHaveLength(1);
      expect(flag.summary).not.toMatch(/[;.]|: .*:/);
    }
  });

  it('reads every level as one plain sentence, with the note beside the condition it qualifies', () => {
    const proceed: ScreeningAnswer = { id: 'pregnancy', level: 'proceed', note: '20 weeks', avoidRegions: [] };
    expect(screeningFlags(intakeWith([proceed]))[0]?.summary).toBe('Pregnancy (20 weeks) — proceed as planned');
    const surgery: ScreeningAnswer = { id: 'recent-surgery', level: 'consult', note: '', avoidRegions: [] };
    expect(screeningFlags(intakeWith([surgery]))[0]?.summary).toBe('Surgery in the recent past — consult a doctor first');
  });

  it('names areas to avoid only for a "modify" answer, as the room and its body map do', () => {
    const leftover: ScreeningAnswer = { id: 'recent-surgery', level: 'consult', note: '', avoidRegions: ['abdomen'] };
    expect(screeningFlags(intakeWith([leftover]))[0]?.summary).toBe('Surgery in the recent past — consult a doctor first');
  });

  it('blocks hands-on work until the flags are acknowledged after the latest screening', () => {
    const intake = intakeWith([wound]);
    expect(handsOnBlockedReason(intake, undefined)).toMatch(/acknowledged/);
    expect(handsOnBlockedReason(intake, { at: intake.recordedAt - 1, decision: 'modify', note: '' })).toMatch(/acknowledged/);
    expect(handsOnBlockedReason(intake, { at: intake.recordedAt + MIN, decision: 'modify', note: '' })).toBeNull();
  });

  it('a decision to postpone keeps hands-on work blocked', () => {
    const intake = intakeWith([clots]);
    expect(handsOnBlockedReason(intake, { at: T0 + 5 * MIN, decision: 'postpone', note: 'see GP' })).toMatch(/no hands-on/);
  });

  it('refuses to proceed as planned over a "consult a doctor first" flag', () => {
    const intake = intakeWith([clots]);
    expect(decisionProblem(intake, 'proceed')).toMatch(/consult a doctor first/);
    expect(decisionProblem(intake, 'modify')).toBeNull();
    expect(decisionProblem(intakeWith([wound]), 'proceed')).toBeNull();
  });

  it('prefills a returning client from the last visit but asks pain afresh', () => {
    const last = intakeWith([wound], { painNow: 8 });
    const form = prefillIntake(last);
    expect(form.screening).toEqual([wound]);
    expect(form.painNow).toBe(0);
    expect(form.confirmedUnchanged).toBe(false);
    expect(prefillIntake(undefined).screening).toEqual([]);
  });

  it('carries allergies and medications over from the last visit, for the therapist to confirm', () => {
    const form = prefillIntake(intakeWith([], { allergies: 'almond oil', medications: 'warfarin' }));
    expect(form.allergies).toBe('almond oil');
    expect(form.medications).toBe('warfarin');
    expect(prefillIntake(undefined)).toMatchObject({ allergies: '', medications: '' });
  });

  it('an acknowledgement made in the same instant as the screening counts', () => {
    const intake = intakeWith([wound]);
    expect(needsAcknowledgement(intake, { at: intake.recordedAt, decision: 'modify', note: '' })).toBe(false);
  });

  it('a fresh screening with nothing flagged lifts an earlier decision to postpone', () => {
    expect(handsOnBlockedReason(intakeWith([]), { at: T0, decision: 'postpone', note: 'see GP' })).toBeNull();
  });

  it('one "consult a doctor first" among other flags is enough to refuse proceeding as planned', () => {
    expect(decisionProblem(intakeWith([wound, clots]), 'proceed')).toMatch(/consult a doctor first/);
    expect(decisionProblem(undefined, 'proceed')).toBeNull();
  });

  it('a flag with no areas to avoid and no note is summarised by its level alone', () => {
    const plain: ScreeningAnswer = { id: 'blood-clots', level: 'consult', note: '', avoidRegions: [] };
    expect(screeningFlags(intakeWith([plain]))[0]?.summary).toBe('History of blood clots or a clotting disorder — consult a doctor first');
  });
});

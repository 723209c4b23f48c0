import { describe, expect, it } from 'vitest';
import { composeHandout } from '../../../shared/handout/compose';
import { cautionDoctorLine } from '../../../shared/handout/content/aftercare-text';
import { handoutSourceFromSession, type HandoutExtras } from '../../../shared/handout/from-session';
import { defaultTemplate } from '../../../shared/handout/template';
import type { PressureEntry } from '../../../shared/pressure/log';
import type { Session } from '../../../shared/session/session';
import { entry, intakeWith } from '../../helpers/care';
import { MIN, sessionWith, T0 } from '../../helpers/sessions';

const extras: HandoutExtras = { language: 'en', clientName: 'Ana Ruiz', therapist: 'Mia Chen', clinic: { name: 'Stillwater Bodywork' } };

/** Default 60-minute plan: arrival 5, assessment 5, then warm-up, targeted work and integration are hands-on. */
const finishedEvents = [
  { type: 'start', at: T0 },
  { type: 'next', at: T0 + 5 * MIN },
  { type: 'next', at: T0 + 10 * MIN },
  { type: 'next', at: T0 + 18 * MIN },
  { type: 'next', at: T0 + 40 * MIN },
  { type: 'next', at: T0 + 46 * MIN },
  { type: 'finish', at: T0 + 50 * MIN },
] as const;

/** A real visit: screened, twelve pressure entries with a correction and a withdrawal, then signed. */
function wrappedUpSession(): Session {
  const entries: PressureEntry[] = [
    entry('upper-back', 4, 'more', 'effleurage'),
    entry('upper-back', 5, 'just-right', 'effleurage'),
    entry('lower-back', 5, 'more', 'petrissage'),
    entry('lower-back', 6, 'more', 'petrissage'),
    entry('lower-back', 7, 'just-right', 'deep-tissue'),
    entry('lower-back', 8, 'less', 'deep-tissue'),
    entry('neck', 3, 'more', 'petrissage'),
    entry('neck', 4, 'more', 'trigger-point'),
    entry('neck', 5, 'less', 'trigger-point'),
    entry('shoulders', 6, 'stop', 'friction'),
    entry('shoulders', 4, 'less', 'effleurage'),
    entry('calves', 3, 'just-right', 'effleurage'),
  ];
  return {
    ...sessionWith([...finishedEvents]),
    clientId: 'c-1',
    intake: intakeWith(
      [
        { id: 'open-wound-or-skin-infection', level: 'modify', note: 'graze', avoidRegions: ['arms'] },
        { id: 'pregnancy', level: 'consult', note: '', avoidRegions: [] },
        { id: 'recent-surgery', level: 'proceed', note: 'dental, healed', avoidRegions: [] },
      ],
      { painNow: 6 },
    ),
    acknowledgement: { at: T0 + 3 * MIN, decision: 'modify', note: '' },
    pressure: {
      entries,
      corrections: [
        // The neck's last entry was really "just right" at 4; the calves entry was logged by mistake.
        { at: T0 + 30 * MIN, entryId: entries[8]!.id, change: { level: 4, response: 'just-right' } },
        { at: T0 + 31 * MIN, entryId: entries[11]!.id, change: { withdrawn: true } },
      ],
    },
    record: {
      painAfter: 3,
      soap: { subjective: 's', objective: 'o', assessment: 'a', plan: 'p' },
      savedAt: T0 + 52 * MIN,
      signature: { at: T0 + 53 * MIN, by: 'Mia Chen' },
      amendments: [],
    },
  };
}

describe('a handout source from a session record', () => {
  it('lists each region worked with its techniques, the level the client called just right, and their response', () => {
    const source = handoutSourceFromSession(wrappedUpSession(), extras, T0);
    expect(source.areasWorked).toEqual([
      { region: 'upper-back', techniques: ['effleurage'], pressure: 5, response: 'just-right' },
      { region: 'lower-back', techniques: ['petrissage', 'deep-tissue'], pressure: 7, response: 'just-right' },
      { region: 'neck', techniques: ['petrissage', 'trigger-point'], pressure: 4, response: 'just-right' },
      // Never "just right" there: the last level and what the client last said.
      { region: 'shoulders', techniques: ['friction', 'effleurage'], pressure: 4, response: 'less' },
    ]);
  });

  it('a region where the client asked to stop at 6 after 10 was just right reads as the stop at 6, never "10, just right"', () => {
    const session: Session = {
      ...sessionWith([...finishedEvents]),
      pressure: {
        entries: [entry('lower-back', 8, 'more'), entry('lower-back', 9, 'more'), entry('lower-back', 10, 'just-right'), entry('lower-back', 6, 'stop')],
        corrections: [],
      },
    };
    const source = handoutSourceFromSession(session, extras, T0);
    expect(source.areasWorked).toEqual([{ region: 'lower-back', techniques: ['effleurage'], pressure: 6, response: 'stop' }]);
    const today = JSON.stringify(composeHandout(source, defaultTemplate).sections.find((section) => section.id === 'today'));
    expect(today).toContain('you asked us to stop there');
    expect(today).not.toContain('just right');
  });

  it('takes pain before from the intake and pain after from the signed record, with the session day and hands-on minutes', () => {
    const source = handoutSourceFromSession(wrappedUpSession(), extras, T0);
    expect(source.painBefore).toBe(6);
    expect(source.painAfter).toBe(3);
    expect(source.handsOnMinutes).toBe(36);
    expect(source.date).toMatch(/^2026-11-2[12]$/);
    expect(source.clientName).toBe('Ana Ruiz');
    expect(source.clinic).toEqual({ name: 'Stillwater Bodywork' });
  });

  it('pain after follows an amendment to the signed record', () => {
    const session = wrappedUpSession();
    session.record!.amendments.push({ at: T0 + 60 * MIN, by: 'Mia Chen', reason: 'misheard', field: 'painAfter', painAfter: 2 });
    expect(handoutSourceFromSession(session, extras, T0).painAfter).toBe(2);
  });

  it('puts conditions marked consult or modify on the sheet, and leaves one marked proceed off', () => {
    const source = handoutSourceFromSession(wrappedUpSession(), extras, T0);
    expect(source.cautions).toEqual(['pregnancy', 'open-wound-or-skin-infection']);
    const doctor = composeHandout(source, defaultTemplate).sections.find((section) => section.id === 'doctor');
    const text = JSON.stringify(doctor);
    expect(text).toContain(cautionDoctorLine('pregnancy', 'en'));
    expect(text).not.toContain(cautionDoctorLine('recent-surgery', 'en'));
  });

  it('puts the conditions carried from the last visit on the sheet when no new intake was taken', () => {
    const { intake, ...returning } = wrappedUpSession();
    const session: Session = {
      ...returning,
      carriedScreening: { fromSessionId: 's-last', recordedAt: T0 - 14 * 24 * 60 * MIN, screening: intake!.screening.filter((answer) => answer.level !== 'proceed'), allergies: '', medications: '' },
    };
    expect(handoutSourceFromSession(session, extras, T0).cautions).toEqual(['pregnancy', 'open-wound-or-skin-infection']);
    // A new intake taken today replaces what was carried.
    const rescreened: Session = { ...session, intake: intakeWith([{ id: 'pregnancy', level: 'proceed', note: 'after birth', avoidRegions: [] }]) };
    expect(handoutSourceFromSession(rescreened, extras, T0).cautions).toEqual([]);
  });

  it('suggests deep work from a deep technique or pressure at the therapeutic edge, and not from gentle work', () => {
    expect(handoutSourceFromSession(wrappedUpSession(), extras, T0).deepWork).toBe(true);
    const gentle: Session = {
      ...sessionWith([...finishedEvents]),
      pressure: { entries: [entry('neck', 5, 'just-right', 'effleurage'), entry('calves', 6, 'less', 'petrissage')], corrections: [] },
    };
    expect(handoutSourceFromSession(gentle, extras, T0).deepWork).toBe(false);
    const firm: Session = { ...gentle, pressure: { entries: [entry('neck', 7, 'just-right', 'effleurage')], corrections: [] } };
    expect(handoutSourceFromSession(firm, extras, T0).deepWork).toBe(true);
  });

  it('suggests deep work from the firmest pressure used, even where the client then asked to stop lighter', () => {
    const stopped: Session = {
      ...sessionWith([...finishedEvents]),
      pressure: { entries: [entry('lower-back', 9, 'just-right', 'effleurage'), entry('lower-back', 5, 'stop', 'effleurage')], corrections: [] },
    };
    const source = handoutSourceFromSession(stopped, extras, T0);
    expect(source.areasWorked[0]?.pressure).toBe(5);
    // Soreness after 9 is what the deep-work advice is for, wherever the region ended.
    expect(source.deepWork).toBe(true);
  });

  it('leaves out what a session without intake, log or record does not know', () => {
    const source = handoutSourceFromSession(sessionWith([{ type: 'start', at: T0 }]), extras, T0);
    expect(source).toEqual({ ...extras, date: source.date, areasWorked: [], cautions: [], deepWork: false });
  });

  it('works with no session at all: dated the day it is written, nothing worked, no warnings, gentle-work advice', () => {
    const writtenAt = new Date(2027, 2, 14, 9, 30).getTime();
    const source = handoutSourceFromSession(null, extras, writtenAt);
    expect(source).toEqual({ ...extras, date: '2027-03-14', areasWorked: [], cautions: [], deepWork: false });
    expect(source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('a session opened but never started gives no hands-on time', () => {
    const source = handoutSourceFromSession(sessionWith([]), extras, T0);
    expect(source).not.toHaveProperty('handsOnMinutes');
    expect(source.areasWorked).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { soapDraft } from '../../../shared/record/soap';
import { carriedScreening, healthNotesInForce, screeningInForce } from '../../../shared/screening/carried';
import type { ScreeningAnswer } from '../../../shared/screening/intake';
import type { Session } from '../../../shared/session/session';
import { intakeWith } from '../../helpers/care';
import { T0, sessionWith } from '../../helpers/sessions';

const wound: ScreeningAnswer = { id: 'open-wound-or-skin-infection', level: 'modify', note: 'graze', avoidRegions: ['calves'] };
const ok: ScreeningAnswer = { id: 'other', level: 'proceed', note: 'mild hay fever', avoidRegions: [] };
const last: Session = { ...sessionWith([{ type: 'start', at: T0 }]), id: 's-last', intake: intakeWith([wound, ok]) };

describe('screening carried from the last visit', () => {
  it('carries only the modify and consult answers of the last intake', () => {
    expect(carriedScreening(last)).toEqual({ fromSessionId: 's-last', recordedAt: last.intake!.recordedAt, screening: [wound], allergies: '', medications: '' });
    expect(carriedScreening({ ...last, intake: intakeWith([ok]) })).toBeNull();
    expect(carriedScreening(undefined)).toBeNull();
  });

  it('carries the last intake\'s allergies and medications, with its flags or alone when nothing was flagged', () => {
    const noted = { allergies: 'Nut oils', medications: 'Warfarin' };
    const flagged: Session = { ...last, intake: intakeWith([wound, ok], noted) };
    expect(carriedScreening(flagged)).toMatchObject({ screening: [wound], ...noted });
    const onlyNotes: Session = { ...last, intake: intakeWith([ok], noted) };
    expect(carriedScreening(onlyNotes)).toEqual({ fromSessionId: 's-last', recordedAt: last.intake!.recordedAt, screening: [], ...noted });
    expect(carriedScreening({ ...last, intake: intakeWith([ok], { medications: 'Warfarin' }) })).toMatchObject({ allergies: '', medications: 'Warfarin' });
  });

  it('the allergies and medications in force are today\'s once the intake is taken, until then the last visit\'s', () => {
    const today: Session = {
      ...sessionWith([{ type: 'start', at: T0 }]),
      carriedScreening: carriedScreening({ ...last, intake: intakeWith([wound], { allergies: 'Nut oils', medications: 'Warfarin' }) })!,
    };
    expect(healthNotesInForce(today)).toEqual({ allergies: 'Nut oils', medications: 'Warfarin' });
    expect(healthNotesInForce({ ...today, intake: intakeWith([], { allergies: 'Latex' }) })).toEqual({ allergies: 'Latex', medications: '' });
    expect(healthNotesInForce(sessionWith([{ type: 'start', at: T0 }]))).toEqual({ allergies: '', medications: '' });
  });

  it('today’s own intake takes over from the carried flags', () => {
    const carried = carriedScreening(last)!;
    const today: Session = { ...sessionWith([{ type: 'start', at: T0 }]), carriedScreening: carried };
    expect(screeningInForce(today)).toBe(carried);
    const screened = { ...today, intake: intakeWith([]) };
    expect(screeningInForce(screened)).toBe(screened.intake);
  });

  it('the note says the last screen was confirmed unchanged, with its flags', () => {
    const today: Session = {
      ...sessionWith([{ type: 'start', at: T0 }]),
      carriedScreening: carriedScreening(last)!,
      acknowledgement: { at: T0 + 1, decision: 'modify', note: '' },
    };
    const soap = soapDraft(today, null);
    expect(soap.subjective).toContain('the last visit’s health screen was confirmed unchanged');
    expect(soap.subjective).toContain('Open wound or skin infection');
  });

  it('the note of a visit confirmed unchanged names the allergies and medications it carried', () => {
    const today: Session = {
      ...sessionWith([{ type: 'start', at: T0 }]),
      carriedScreening: carriedScreening({ ...last, intake: intakeWith([wound], { allergies: 'Nut oils', medications: 'Warfarin' }) })!,
      acknowledgement: { at: T0 + 1, decision: 'modify', note: '' },
    };
    expect(soapDraft(today, null).subjective).toMatch(
      /^No intake this visit; the last visit’s health screen was confirmed unchanged\. Allergies: Nut oils\. Medications: Warfarin\. Reported: Open wound/,
    );
  });
});

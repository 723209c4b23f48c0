import { describe, expect, it } from 'vitest';
import { soapDraft } from '../../../shared/record/soap';
import { carriedScreening, screeningInForce } from '../../../shared/screening/carried';
import type { ScreeningAnswer } from '../../../shared/screening/intake';
import type { Session } from '../../../shared/session/session';
import { intakeWith } from '../../helpers/care';
import { T0, sessionWith } from '../../helpers/sessions';

const wound: ScreeningAnswer = { id: 'open-wound-or-skin-infection', level: 'modify', note: 'graze', avoidRegions: ['calves'] };
const ok: ScreeningAnswer = { id: 'other', level: 'proceed', note: 'mild hay fever', avoidRegions: [] };
const last: Session = { ...sessionWith([{ type: 'start', at: T0 }]), id: 's-last', intake: intakeWith([wound, ok]) };

describe('screening carried from the last visit', () => {
  it('carries only the modify and consult answers of the last intake', () => {
    expect(carriedScreening(last)).toEqual({ fromSessionId: 's-last', recordedAt: last.intake!.recordedAt, screening: [wound] });
    expect(carriedScreening({ ...last, intake: intakeWith([ok]) })).toBeNull();
    expect(carriedScreening(undefined)).toBeNull();
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
});

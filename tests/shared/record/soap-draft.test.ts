import { describe, expect, it } from 'vitest';
import { painSentence, soapDraft } from '../../../shared/record/soap';
import { withPainAfter } from '../../../shared/record/pain-after';
import { pressureEntryRows } from '../../../shared/record/entries';
import type { Session } from '../../../shared/session/session';
import { entry, intakeWith } from '../../helpers/care';
import { T0, sessionWith } from '../../helpers/sessions';

const started = (): Session => sessionWith([{ type: 'start', at: T0 }]);
const wound = { id: 'open-wound-or-skin-infection' as const, level: 'modify' as const, note: 'graze', avoidRegions: ['calves' as const] };

describe('the treatment note drafted from the session, word for word', () => {
  it('a full visit: what the client said, what was done, how it went, and the home care', () => {
    const session: Session = {
      ...started(),
      intake: intakeWith([wound], { painNow: 6, painRegions: ['lower-back', 'neck'], painQuality: 'dull ache', goals: 'sleep through', confirmedUnchanged: true }),
      acknowledgement: { at: T0, decision: 'modify', note: 'calves left out' },
      pressure: {
        entries: [entry('lower-back', 6, 'stop', 'deep-tissue'), entry('neck', 4, 'less', 'effleurage'), entry('glutes', 5, 'just-right', 'effleurage')],
        corrections: [],
      },
    };
    expect(soapDraft(session, 2)).toEqual({
      subjective:
        'Pain 6/10 in lower back, neck on arrival. Describes it as: dull ache. Goals for today: sleep through. Health screen confirmed unchanged since the last visit. Reported: Open wound or skin infection (graze) — avoid the calves.',
      objective:
        'Areas worked: lower back, neck, glutes. Techniques: deep tissue, effleurage. Pressure responses: Lower back: 6, asked to stop; Neck: 4, asked for less; Glutes: 5, just right. Screening decision: proceed, avoiding the flagged areas (calves left out).',
      assessment: 'Pain 6/10 before, 2/10 after (down 4). Asked to stop on: lower back. Needed lighter pressure on: neck.',
      plan: 'Home care: drink water, gentle stretches for the areas worked, heat for tight muscles. Mild soreness for a day or two is expected; sharp or lasting pain should be reported. Next visit: to agree with the client.',
    });
  });

  it('names the client\'s allergies and medications first, so the note carries them', () => {
    const session: Session = { ...started(), intake: intakeWith([], { painNow: 3, painRegions: [], painQuality: '', goals: '', allergies: 'almond oil, latex', medications: 'warfarin' }) };
    expect(soapDraft(session, null).subjective).toBe('Allergies: almond oil, latex. Medications: warfarin. Pain 3/10 on arrival.');
  });

  it('leaves out what the intake did not say, and the assessment to the therapist when nothing was scored', () => {
    const session: Session = { ...started(), intake: intakeWith([], { painNow: 3, painRegions: [], painQuality: '', goals: '' }) };
    const soap = soapDraft(session, null);
    expect(soap.subjective).toBe('Pain 3/10 on arrival.');
    expect(soap.objective).toBe('No pressure feedback was logged.');
    expect(soap.assessment).toBe('To be completed by the therapist.');
  });

  it('a screening decision is noted only when something was flagged, and its note only when there is one', () => {
    const nothingFlagged: Session = { ...started(), intake: intakeWith([]), acknowledgement: { at: T0, decision: 'proceed', note: '' } };
    expect(soapDraft(nothingFlagged, null).objective).not.toContain('Screening decision');
    const flaggedNoNote: Session = { ...started(), intake: intakeWith([wound]), acknowledgement: { at: T0, decision: 'modify', note: '' } };
    expect(soapDraft(flaggedNoNote, null).objective).toBe('No pressure feedback was logged. Screening decision: proceed, avoiding the flagged areas.');
  });

  it('a returning client without an intake: says whether the last health screen was confirmed', () => {
    const carried: Session = { ...started(), carriedScreening: { fromSessionId: 's-0', recordedAt: T0 - 1, screening: [wound], allergies: '', medications: '' } };
    expect(soapDraft(carried, null).subjective).toBe('No intake this visit. Reported: Open wound or skin infection (graze) — avoid the calves.');
    const confirmed: Session = { ...carried, acknowledgement: { at: T0, decision: 'modify', note: '' } };
    expect(soapDraft(confirmed, null).subjective).toMatch(/^No intake this visit; the last visit’s health screen was confirmed unchanged\. Reported: /);
  });
});

describe('the pain sentence', () => {
  const withIntake = (painNow: number): Session => ({ ...started(), intake: intakeWith([], { painNow }) });

  it('says which way the pain went, or that it did not change', () => {
    expect(painSentence(withIntake(6), 2)).toBe('Pain 6/10 before, 2/10 after (down 4).');
    expect(painSentence(withIntake(3), 5)).toBe('Pain 3/10 before, 5/10 after (up 2).');
    expect(painSentence(withIntake(4), 4)).toBe('Pain 4/10 before, 4/10 after (unchanged).');
    expect(painSentence(started(), 4)).toBe('Pain 4/10 after the session.');
  });

  it('a pain score set on a note the therapist wrote goes first, ahead of their words', () => {
    expect(withPainAfter('  Much looser.  ', withIntake(6), 3)).toBe('Pain 6/10 before, 3/10 after (down 3). Much looser.');
    expect(withPainAfter('   ', withIntake(6), 3)).toBe('Pain 6/10 before, 3/10 after (down 3).');
  });
});

describe('a corrected pressure entry in the record', () => {
  it('says what each corrected part first read, and only those parts', () => {
    const logged = entry('neck', 6, 'more', 'effleurage');
    const session: Session = {
      ...started(),
      pressure: { entries: [logged], corrections: [{ at: T0 + 1, entryId: logged.id, change: { region: 'shoulders', technique: 'friction' } }] },
    };
    expect(pressureEntryRows(session)[0]).toMatchObject({ region: 'Shoulders', technique: 'Friction', pressure: 6, status: 'corrected (was Neck, Effleurage)' });
  });
});

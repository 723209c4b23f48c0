import { describe, expect, it } from 'vitest';
import { assessmentAfterPainChange, statesPainAfter, withPainAfter } from '../../../shared/record/pain-after';
import { soapDraft } from '../../../shared/record/soap';
import type { Session } from '../../../shared/session/session';
import { intakeWith } from '../../helpers/care';
import { T0, sessionWith } from '../../helpers/sessions';

const session: Session = { ...sessionWith([{ type: 'start', at: T0 }]), intake: intakeWith([], { painNow: 6 }) };

describe('pain after in the SOAP assessment', () => {
  it('an untouched draft follows pain after as it is entered', () => {
    const drafted = soapDraft(session, null).assessment;
    const updated = assessmentAfterPainChange(drafted, session, null, 3);
    expect(updated.assessment).toBe('Pain 6/10 before, 3/10 after (down 3).');
    expect(updated.followed).toBe(true);
    expect(assessmentAfterPainChange(updated.assessment, session, 3, 7).assessment).toBe('Pain 6/10 before, 7/10 after (up 1).');
  });

  it('an edited assessment is kept as the therapist wrote it, and reported as not stating the new pain', () => {
    const edited = 'Pain 6/10 before, 3/10 after (down 3). Shoulders much freer.';
    const updated = assessmentAfterPainChange(edited, session, 3, 2);
    expect(updated).toEqual({ assessment: edited, followed: false });
    expect(statesPainAfter(edited, 2)).toBe(false);
    expect(statesPainAfter(edited, 3)).toBe(true);
  });

  it('updating an edited assessment replaces its pain sentence and keeps the rest', () => {
    expect(withPainAfter('Pain 6/10 before, 3/10 after (down 3). Shoulders much freer.', session, 2)).toBe(
      'Pain 6/10 before, 2/10 after (down 4). Shoulders much freer.',
    );
    expect(withPainAfter('Shoulders much freer.', session, 2)).toBe('Pain 6/10 before, 2/10 after (down 4). Shoulders much freer.');
  });

  it('without an intake the sentence gives pain after alone', () => {
    const bare = sessionWith([{ type: 'start', at: T0 }]);
    expect(withPainAfter('', bare, 4)).toBe('Pain 4/10 after the session.');
  });
});

import { describe, expect, it } from 'vitest';
import { handoutSourceFromSession } from '../../../shared/handout/from-session';
import { MIN, sessionWith, T0 } from '../../helpers/sessions';

const extras = { clinic: {}, areasWorked: [], cautions: [], deepWork: false };

describe('a handout source from a session record', () => {
  it('takes the day of the session and the minutes of hands-on work actually done', () => {
    // Default 60-minute plan: arrival 5, assessment 5, then warm-up, targeted work and integration are hands-on.
    const session = sessionWith([
      { type: 'start', at: T0 },
      { type: 'next', at: T0 + 5 * MIN },
      { type: 'next', at: T0 + 10 * MIN },
      { type: 'next', at: T0 + 18 * MIN },
      { type: 'next', at: T0 + 40 * MIN },
      { type: 'next', at: T0 + 46 * MIN },
      { type: 'finish', at: T0 + 50 * MIN },
    ]);
    const source = handoutSourceFromSession(session, extras);
    expect(source.handsOnMinutes).toBe(36);
    expect(source.date).toMatch(/^2026-11-2[12]$/);
  });

  it('lets the therapist set the date, and works with no session at all', () => {
    const source = handoutSourceFromSession(null, { ...extras, date: '2026-12-01', clientName: 'Ana' });
    expect(source).toEqual({ ...extras, date: '2026-12-01', clientName: 'Ana' });
  });
});

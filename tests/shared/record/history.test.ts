import { describe, expect, it } from 'vitest';
import { historyEntryOf } from '../../../shared/record/history';
import { isSigned } from '../../../shared/record/record';
import { entry, intakeWith } from '../../helpers/care';
import { T0, sessionWith } from '../../helpers/sessions';

describe('a visit as the History screen lists it', () => {
  it('gives pain before and after, each region’s pressure, and what was done with the record', () => {
    const session = {
      ...sessionWith([{ type: 'start', at: T0 }]),
      intake: intakeWith([], { painNow: 7 }),
      pressure: {
        entries: [entry('neck', 4, 'more'), entry('neck', 6, 'just-right'), entry('neck', 7, 'less'), entry('calves', 3, 'less')],
        corrections: [],
      },
      record: {
        painAfter: 4,
        soap: { subjective: '', objective: '', assessment: '', plan: '' },
        savedAt: T0,
        signature: { at: T0, by: 'Mia' },
        amendments: [{ at: T0 + 1, by: 'Mia', reason: 'client called', field: 'painAfter' as const, painAfter: 2 }],
      },
      handouts: [{}, {}] as never,
      room: 'Room 2',
    };
    expect(historyEntryOf(session)).toEqual({
      sessionId: 's-test',
      at: T0,
      planName: '60-minute session',
      painBefore: 7,
      painAfter: 2,
      regions: [
        { region: 'neck', level: 6, response: 'just-right' },
        { region: 'calves', level: 3, response: 'less' },
      ],
      hasIntake: true,
      signed: true,
      handoutsGiven: 2,
      room: 'Room 2',
    });
  });

  it('a region where the client asked to stop after calling a firmer level just right is listed at the stop', () => {
    const session = {
      ...sessionWith([{ type: 'start', at: T0 }]),
      pressure: { entries: [entry('lower-back', 9, 'more'), entry('lower-back', 10, 'just-right'), entry('lower-back', 6, 'stop')], corrections: [] },
    };
    expect(historyEntryOf(session).regions).toEqual([{ region: 'lower-back', level: 6, response: 'stop' }]);
  });

  it('a visit with nothing recorded says so, and names no room it does not know', () => {
    const listed = historyEntryOf(sessionWith([{ type: 'start', at: T0 }]));
    expect(listed).toEqual({
      sessionId: 's-test',
      at: T0,
      planName: '60-minute session',
      painBefore: null,
      painAfter: null,
      regions: [],
      hasIntake: false,
      signed: false,
      handoutsGiven: 0,
    });
    expect('room' in listed).toBe(false);
  });

  it('a record counts as signed only once it carries a signature', () => {
    const record = { painAfter: null, soap: { subjective: '', objective: '', assessment: '', plan: '' }, savedAt: T0, signature: null, amendments: [] };
    expect(isSigned(undefined)).toBe(false);
    expect(isSigned(record)).toBe(false);
    expect(isSigned({ ...record, signature: { at: T0, by: 'Mia' } })).toBe(true);
  });
});

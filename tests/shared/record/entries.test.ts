import { describe, expect, it } from 'vitest';
import { effectiveEntries, type PressureLog } from '../../../shared/pressure/log';
import { pressureEntryRows } from '../../../shared/record/entries';
import { clientRecordsCsv } from '../../../shared/record/export';
import type { Session } from '../../../shared/session/session';
import { entry } from '../../helpers/care';
import { T0, sessionWith } from '../../helpers/sessions';

const first = { ...entry('lower-back', 6, 'more', 'effleurage'), sessionMs: 12 * 60_000 + 5_000, phaseName: 'Warm-up' };
const second = { ...entry('neck', 7, 'just-right', 'deep-tissue'), sessionMs: 20 * 60_000, phaseName: 'Targeted work' };
const third = { ...entry('calves', 4, 'less', 'petrissage'), sessionMs: 25 * 60_000, phaseName: 'Targeted work' };

const log: PressureLog = {
  entries: [first, second, third],
  corrections: [
    { at: T0 + 1, entryId: first.id, change: { note: 'client sighed, relaxed' } },
    { at: T0 + 2, entryId: second.id, change: { level: 5, response: 'less' } },
    { at: T0 + 3, entryId: third.id, change: { withdrawn: true } },
  ],
};
const session: Session = { ...sessionWith([{ type: 'start', at: T0 }]), pressure: log };

describe('the record lists every pressure entry', () => {
  it('each entry with its time, phase, region, technique, pressure, response and note', () => {
    expect(pressureEntryRows(session)[0]).toEqual({
      id: first.id,
      time: '12:05',
      phase: 'Warm-up',
      region: 'Lower back',
      technique: 'Effleurage',
      pressure: 6,
      response: 'asked for more',
      note: 'client sighed, relaxed',
      status: '',
    });
  });

  it('a note added afterwards is a note, not a correction', () => {
    expect(pressureEntryRows(session)[0]?.status).toBe('');
    expect(effectiveEntries(log)[0]?.corrected).toBe(false);
  });

  it('a corrected entry reads as corrected and says what it first said', () => {
    expect(pressureEntryRows(session)[1]).toMatchObject({ pressure: 5, response: 'asked for less', status: 'corrected (was 7, just right)' });
  });

  it('a withdrawn entry stays in the list, marked withdrawn', () => {
    expect(pressureEntryRows(session)[2]).toMatchObject({ region: 'Calves', status: 'withdrawn' });
    expect(pressureEntryRows(session)).toHaveLength(3);
  });

  it('the CSV does not call a note a correction', () => {
    const client = { id: 'c-1', name: 'Ana', contact: '', dateOfBirth: '', ageBand: null, goals: '', notes: '', preferredPressure: null, revision: 1, createdAt: T0, updatedAt: T0, archived: false };
    const rows = clientRecordsCsv(client, [session]).trim().split('\r\n').filter((line) => line.startsWith('s-test,'));
    // The last two cells: corrected, withdrawn.
    expect(rows[0]).toMatch(/,"client sighed, relaxed",no,no$/);
    expect(rows[1]).toMatch(/,yes,no$/);
  });
});

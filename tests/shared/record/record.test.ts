import { describe, expect, it } from 'vitest';
import { effectiveRecord, type SessionRecord } from '../../../shared/record/record';
import { soapDraft } from '../../../shared/record/soap';
import { summarizeSession } from '../../../shared/record/summary';
import { timelineRun } from '../../../shared/record/timeline';
import { clientRecordsCsv, csvCell } from '../../../shared/record/export';
import type { Session } from '../../../shared/session/session';
import { entry, intakeWith } from '../../helpers/care';
import { MIN, T0, sessionWith } from '../../helpers/sessions';

function treated(): Session {
  const base = sessionWith([
    { type: 'start', at: T0 },
    { type: 'next', at: T0 + 4 * MIN },
    { type: 'next', at: T0 + 10 * MIN },
    { type: 'finish', at: T0 + 30 * MIN },
  ]);
  return {
    ...base,
    clientId: 'c-1',
    intake: intakeWith([{ id: 'open-wound-or-skin-infection', level: 'modify', note: 'graze', avoidRegions: ['calves'] }], { painNow: 6 }),
    acknowledgement: { at: T0 + 3 * MIN, decision: 'modify', note: 'calves left out' },
    pressure: {
      entries: [entry('lower-back', 6, 'more', 'effleurage'), entry('lower-back', 7, 'just-right', 'deep-tissue'), entry('neck', 4, 'less', 'trigger-point')],
      corrections: [],
    },
  };
}

describe('the SOAP draft', () => {
  it('drafts each part from what the session recorded', () => {
    const soap = soapDraft(treated(), 3);
    expect(soap.subjective).toContain('Pain 6/10 in lower back on arrival.');
    expect(soap.subjective).toContain('Goals for today: sit through a film.');
    expect(soap.subjective).toContain('Open wound or skin infection');
    expect(soap.objective).toContain('Areas worked: lower back, neck.');
    expect(soap.objective).toContain('Techniques: effleurage, deep tissue, trigger point.');
    expect(soap.objective).toContain('Lower back: 7, just right; Neck: 4, asked for less');
    expect(soap.objective).toContain('Screening decision: proceed, avoiding the flagged areas (calves left out).');
    expect(soap.assessment).toContain('Pain 6/10 before, 3/10 after (down 3).');
    expect(soap.assessment).toContain('Needed lighter pressure on: neck.');
    expect(soap.plan).toMatch(/water/);
  });

  it('says plainly when nothing was recorded', () => {
    const soap = soapDraft(sessionWith([{ type: 'start', at: T0 }]), null);
    expect(soap.subjective).toBe('No intake was recorded.');
    expect(soap.objective).toBe('No pressure feedback was logged.');
  });
});

describe('amendments', () => {
  const signed: SessionRecord = {
    painAfter: 3,
    soap: { subjective: 'S', objective: 'O', assessment: 'A', plan: 'P' },
    savedAt: T0,
    signature: { at: T0, by: 'Mia' },
    amendments: [],
  };

  it('apply in order over the signed text, which stays as signed', () => {
    const amended: SessionRecord = {
      ...signed,
      amendments: [
        { at: T0 + 1, by: 'Mia', reason: 'typo', field: 'plan', text: 'P2' },
        { at: T0 + 2, by: 'Mia', reason: 'client called', field: 'painAfter', painAfter: 2 },
        { at: T0 + 3, by: 'Mia', reason: 'more detail', field: 'plan', text: 'P3' },
      ],
    };
    const effective = effectiveRecord(amended);
    expect(effective.soap.plan).toBe('P3');
    expect(effective.painAfter).toBe(2);
    expect(effective.amended).toBe(true);
    expect(amended.soap.plan).toBe('P');
    expect(effectiveRecord(signed).amended).toBe(false);
  });
});

describe('the session summary and timeline', () => {
  it('gives regions, techniques with pressures and responses, pain before and after, and flags', () => {
    const session = treated();
    session.record = { painAfter: 3, soap: soapDraft(session, 3), savedAt: T0, signature: null, amendments: [] };
    const summary = summarizeSession(session);
    expect(summary.regionsWorked).toEqual(['lower-back', 'neck']);
    expect(summary.techniques.find((use) => use.technique === 'deep-tissue')).toEqual({ technique: 'deep-tissue', regions: ['lower-back'], levels: [7], responses: ['just-right'] });
    expect(summary).toMatchObject({ painBefore: 6, painAfter: 3, signed: false, clientId: 'c-1' });
    expect(summary.flags.map((flag) => flag.answer.id)).toEqual(['open-wound-or-skin-infection']);
  });

  it('a visit confirmed unchanged keeps the last visit\'s flags in its summary, so the history and its export show them', () => {
    const session: Session = {
      ...sessionWith([{ type: 'start', at: T0 }]),
      carriedScreening: {
        fromSessionId: 's-0',
        recordedAt: T0 - 1,
        screening: [{ id: 'open-wound-or-skin-infection', level: 'modify', note: '', avoidRegions: [] }],
        allergies: '',
        medications: '',
      },
      acknowledgement: { at: T0, decision: 'modify', note: '' },
    };
    expect(summarizeSession(session).flags.map((flag) => flag.answer.id)).toEqual(['open-wound-or-skin-infection']);
  });

  it('a phase passed through in under a second counts as skipped; a full second is not', () => {
    const session = sessionWith([
      { type: 'start', at: T0 },
      { type: 'next', at: T0 + 999 },
      { type: 'next', at: T0 + 1999 },
      { type: 'finish', at: T0 + 5 * MIN },
    ]);
    const rows = timelineRun(session);
    expect(rows.slice(0, 2).map((row) => [row.actualMs, row.skipped])).toEqual([
      [999, true],
      [1000, false],
    ]);
  });

  it('puts each phase’s planned length beside what actually ran', () => {
    const rows = timelineRun(treated());
    expect(rows[0]).toMatchObject({ name: 'Arrival & intake', plannedMs: 5 * MIN, actualMs: 4 * MIN, skipped: false });
    expect(rows[1]).toMatchObject({ name: 'Consultation & assessment', actualMs: 6 * MIN });
    expect(rows[2]).toMatchObject({ name: 'Warm-up', actualMs: 20 * MIN });
    expect(rows.at(-1)).toMatchObject({ name: 'Wrap-up & aftercare', skipped: true });
  });
});

describe('the export', () => {
  it('quotes cells and defuses spreadsheet formulas', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(7)).toBe('7');
    expect(csvCell(null)).toBe('');
  });

  it('writes a row per session and a row per pressure entry', () => {
    const client = { id: 'c-1', name: 'Ana <b>Ruiz</b>', contact: '', dateOfBirth: '', ageBand: null, goals: '', notes: '', preferredPressure: null, revision: 1, createdAt: T0, updatedAt: T0, archived: false };
    const lines = clientRecordsCsv(client, [treated()]).trim().split('\r\n');
    expect(lines[0]).toMatch(/^client,session,date/);
    expect(lines[1]).toMatch(/^Ana <b>Ruiz<\/b>,s-test,2026-11-22T09:00:00.000Z,60-minute session,6,,Lower back; Neck,/);
    expect(lines.filter((line) => line.startsWith('s-test,'))).toHaveLength(3);
  });
});

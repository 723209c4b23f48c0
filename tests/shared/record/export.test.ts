import { describe, expect, it } from 'vitest';
import { clientRecordsCsv, clientRecordsJson, csvCell, exportFileName } from '../../../shared/record/export';
import type { Session } from '../../../shared/session/session';
import { entry, intakeWith, storedClient } from '../../helpers/care';
import { MIN, T0, sessionWith } from '../../helpers/sessions';

const client = storedClient();

function signedVisit(): Session {
  const logged = entry('neck', 6, 'more', 'trigger-point');
  const kept = entry('lower-back', 5, 'just-right');
  return {
    ...sessionWith([
      { type: 'start', at: T0 },
      { type: 'finish', at: T0 + 50 * MIN },
    ]),
    clientId: 'c-1',
    intake: intakeWith([{ id: 'open-wound-or-skin-infection', level: 'modify', note: 'graze', avoidRegions: ['calves'] }], { painNow: 6 }),
    pressure: { entries: [logged, kept], corrections: [{ at: T0 + 5 * MIN, entryId: logged.id, change: { level: 4, note: 'was too firm' } }] },
    record: {
      painAfter: 3,
      soap: { subjective: 'Sore neck', objective: 'Tight traps', assessment: 'Better', plan: 'Stretch daily' },
      savedAt: T0 + 55 * MIN,
      signature: { at: T0 + 56 * MIN, by: 'Mia' },
      amendments: [{ at: T0 + 60 * MIN, by: 'Mia', reason: 'client called', field: 'plan', text: 'Stretch twice a day' }],
    },
  };
}

describe('a client’s records exported for a spreadsheet', () => {
  it('the session row carries the signed note as amended, who signed it and when, and says which part was amended', () => {
    const [header, visitRow] = clientRecordsCsv(client, [signedVisit()]).split('\r\n');
    expect(header).toBe(
      'client,session,date,plan,pain before,pain after,regions worked,screening flags,signed by,signed at,subjective,objective,assessment,plan notes,amended',
    );
    expect(visitRow).toBe(
      'Ana Ruiz,s-test,2026-11-22T09:00:00.000Z,60-minute session,6,3,Neck; Lower back,Open wound or skin infection (graze) — avoid the calves,Mia,2026-11-22T09:56:00.000Z,Sore neck,Tight traps,Better,Stretch twice a day,Plan amended on 2026-11-22T10:00:00.000Z by Mia: client called',
    );
  });

  it('an unsigned visit without a note leaves those cells empty rather than writing "null"', () => {
    const visit = { ...sessionWith([{ type: 'start', at: T0 }]), clientId: 'c-1' };
    const visitRow = clientRecordsCsv(client, [visit]).split('\r\n')[1];
    expect(visitRow).toBe('Ana Ruiz,s-test,2026-11-22T09:00:00.000Z,60-minute session,,,,,,,,,,,');
  });

  it('each amendment gets its own row with the text as it read before and as amended, so the signed words are never lost', () => {
    const visit = signedVisit();
    visit.record!.amendments.push(
      { at: T0 + 70 * MIN, by: 'Mia', reason: 'misheard', field: 'painAfter', painAfter: 2 },
      { at: T0 + 80 * MIN, by: 'Jo', reason: 'added the evening stretch', field: 'plan', text: 'Stretch twice a day, once at night' },
    );
    const lines = clientRecordsCsv(client, [visit]).split('\r\n');
    const visitRow = lines[1]!;
    expect(visitRow.slice(visitRow.indexOf(',"Stretch twice a day, once'))).toBe(
      ',"Stretch twice a day, once at night",Plan amended on 2026-11-22T10:00:00.000Z by Mia: client called; Pain after amended on 2026-11-22T10:10:00.000Z by Mia: misheard; Plan amended on 2026-11-22T10:20:00.000Z by Jo: added the evening stretch',
    );
    const amendmentsHeader = lines.indexOf('session,amended at,amended by,part,reason,as it read before,as amended');
    expect(lines[amendmentsHeader - 1]).toBe('');
    expect(lines.slice(amendmentsHeader + 1, amendmentsHeader + 5)).toEqual([
      's-test,2026-11-22T10:00:00.000Z,Mia,Plan,client called,Stretch daily,Stretch twice a day',
      's-test,2026-11-22T10:10:00.000Z,Mia,Pain after,misheard,3,2',
      's-test,2026-11-22T10:20:00.000Z,Jo,Plan,added the evening stretch,Stretch twice a day,"Stretch twice a day, once at night"',
      '',
    ]);
  });

  it('a visit never amended lists no amendments', () => {
    const visit = signedVisit();
    visit.record!.amendments = [];
    const lines = clientRecordsCsv(client, [visit]).split('\r\n');
    expect(lines[1]).toMatch(/,Stretch daily,$/);
    const amendmentsHeader = lines.indexOf('session,amended at,amended by,part,reason,as it read before,as amended');
    expect(lines[amendmentsHeader + 1]).toBe('');
  });

  it('each pressure entry gets its own row, as corrected, saying whether it was corrected', () => {
    const lines = clientRecordsCsv(client, [signedVisit()]).split('\r\n');
    const entriesHeader = lines.indexOf('session,logged at,phase,region,technique,pressure,feedback,note,corrected,withdrawn');
    expect(lines[entriesHeader - 1]).toBe('');
    expect(lines.slice(entriesHeader + 1)).toEqual([
      expect.stringMatching(/^s-test,2026-11-22T09:00:\d\d\.000Z,Warm-up,Neck,Trigger point,4,asked for more,was too firm,yes,no$/),
      expect.stringMatching(/^s-test,2026-11-22T09:00:\d\d\.000Z,Warm-up,Lower back,Effleurage,5,just right,,no,no$/),
      '',
    ]);
  });

  it('a withdrawn entry keeps its row, marked withdrawn, so the export holds every entry the room took in', () => {
    const visit = signedVisit();
    const [logged, kept] = visit.pressure!.entries;
    visit.pressure = { entries: [logged!, kept!], corrections: [{ at: T0 + 6 * MIN, entryId: kept!.id, change: { withdrawn: true } }] };
    const lines = clientRecordsCsv(client, [visit]).split('\r\n');
    const entryRows = lines.slice(lines.findIndex((line) => line.startsWith('session,logged at')) + 1, -1);
    expect(entryRows).toEqual([
      expect.stringMatching(/,Neck,Trigger point,6,asked for more,,no,no$/),
      expect.stringMatching(/,Lower back,Effleurage,5,just right,,no,yes$/),
    ]);
  });

  it('a note with a comma, a quote or a line break stays in its one cell', () => {
    expect(csvCell('tight, then eased')).toBe('"tight, then eased"');
    expect(csvCell('said "ouch"')).toBe('"said ""ouch"""');
    expect(csvCell('first line\nsecond')).toBe('"first line\nsecond"');
    expect(csvCell('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvCell('plain words')).toBe('plain words');
  });

  it('a cell a spreadsheet would run as a formula is defused, wherever the sign comes from', () => {
    for (const risky of ['=1+1', '+44 20 7946', '-2 then more', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(csvCell(risky).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-2)).toBe('-2');
  });

  it('the JSON export holds everything as stored, for another program to read', () => {
    const visit = signedVisit();
    const parsed = JSON.parse(clientRecordsJson(client, [visit]));
    expect(parsed).toEqual({ format: 'stillpoint-client-records', version: 1, client, sessions: [visit] });
    expect(clientRecordsJson(client, [])).toContain('\n  "format"');
  });

  it('the file is named after the client in plain letters, accents taken off whole', () => {
    expect(exportFileName(client, 'csv')).toBe('stillpoint-ana-ruiz.csv');
    expect(exportFileName({ ...client, name: ' José  María O’Neil! ' }, 'json')).toBe('stillpoint-jose-maria-o-neil.json');
    expect(exportFileName({ ...client, name: '李小龙' }, 'csv')).toBe('stillpoint-client.csv');
  });
});

import type { Client } from '../clients/client';
import { regionLabel } from '../body/regions';
import { techniqueLabels } from '../pressure/techniques';
import { pressureHistory, responseLabels } from '../pressure/log';
import type { Session } from '../session/session';
import { amendmentHistory, effectiveRecord } from './record';
import { summarizeSession } from './summary';

/** Quotes a CSV cell; cells a spreadsheet would run as a formula are defused with a leading apostrophe. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: (string | number | null)[]): string => cells.map(csvCell).join(',');

const isoDate = (ms: number): string => new Date(ms).toISOString();

/**
 * One row per session, then one row per amendment, then one row per pressure entry, so all open in a
 * spreadsheet. The note's cells read as amended; the row says which parts were amended, and each
 * amendment's row keeps the words it replaced, so the signed text is in the export too.
 */
export function clientRecordsCsv(client: Client, sessions: readonly Session[]): string {
  const lines = [
    row([
      'client',
      'session',
      'date',
      'plan',
      'pain before',
      'pain after',
      'regions worked',
      'screening flags',
      'signed by',
      'signed at',
      'subjective',
      'objective',
      'assessment',
      'plan notes',
      'amended',
    ]),
  ];
  for (const session of sessions) {
    const summary = summarizeSession(session);
    const record = session.record ? effectiveRecord(session.record) : null;
    const amended = session.record ? amendmentHistory(session.record) : [];
    lines.push(
      row([
        client.name,
        session.id,
        isoDate(session.createdAt),
        session.plan.name,
        summary.painBefore,
        summary.painAfter,
        summary.regionsWorked.map(regionLabel).join('; '),
        summary.flags.map((flag) => flag.summary).join('; '),
        record?.signature?.by ?? null,
        record?.signature ? isoDate(record.signature.at) : null,
        record?.soap.subjective ?? null,
        record?.soap.objective ?? null,
        record?.soap.assessment ?? null,
        record?.soap.plan ?? null,
        amended.map((each) => `${each.part} amended on ${isoDate(each.at)} by ${each.by}: ${each.reason}`).join('; ') || null,
      ]),
    );
  }
  lines.push('', row(['session', 'amended at', 'amended by', 'part', 'reason', 'as it read before', 'as amended']));
  for (const session of sessions) {
    for (const each of session.record ? amendmentHistory(session.record) : []) {
      lines.push(row([session.id, isoDate(each.at), each.by, each.part, each.reason, each.before, each.after]));
    }
  }
  // Withdrawn entries keep their rows, marked, as the record lists them: an export holds everything taken in.
  lines.push('', row(['session', 'logged at', 'phase', 'region', 'technique', 'pressure', 'feedback', 'note', 'corrected', 'withdrawn']));
  for (const session of sessions) {
    for (const entry of pressureHistory(session.pressure)) {
      lines.push(
        row([
          session.id,
          isoDate(entry.at),
          entry.phaseName,
          regionLabel(entry.region),
          techniqueLabels[entry.technique],
          entry.level,
          responseLabels[entry.response],
          entry.note,
          entry.corrected ? 'yes' : 'no',
          entry.withdrawn ? 'yes' : 'no',
        ]),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Everything as stored, corrections and amendments included, for another program to read. */
export function clientRecordsJson(client: Client, sessions: readonly Session[]): string {
  return JSON.stringify({ format: 'stillpoint-client-records', version: 1, client, sessions }, null, 2);
}

export function exportFileName(client: Client, extension: 'csv' | 'json'): string {
  // Accents come off whole (María → maria): decomposed, the mark alone would otherwise split the word.
  const safe = client.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'client';
  return `stillpoint-${safe}.${extension}`;
}

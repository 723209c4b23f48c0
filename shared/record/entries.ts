import { regionLabel } from '../body/regions';
import { pressureHistory, responseLabels } from '../pressure/log';
import { techniqueLabels } from '../pressure/techniques';
import { clockDigits } from '../session/format';
import type { Session } from '../session/session';

/** One pressure entry as the record lists it. */
export interface PressureEntryRow {
  id: string;
  /** The session clock when it was logged ("12:05"). */
  time: string;
  phase: string;
  region: string;
  technique: string;
  pressure: number;
  response: string;
  note: string;
  /** "", "withdrawn", or "corrected (was 7, just right)". */
  status: string;
}

/** Every entry the room took in, in the order logged, corrections and withdrawals marked. */
export function pressureEntryRows(session: Session): PressureEntryRow[] {
  return pressureHistory(session.pressure).map((entry) => {
    const was = entry.original;
    const before = [
      was.region !== entry.region ? regionLabel(was.region) : null,
      was.technique !== entry.technique ? techniqueLabels[was.technique] : null,
      was.level !== entry.level ? String(was.level) : null,
      was.response !== entry.response ? responseLabels[was.response] : null,
    ].filter((part) => part !== null);
    const status = entry.withdrawn ? 'withdrawn' : entry.corrected ? `corrected (was ${before.join(', ')})` : '';
    return {
      id: entry.id,
      time: clockDigits(entry.sessionMs),
      phase: entry.phaseName,
      region: regionLabel(entry.region),
      technique: techniqueLabels[entry.technique],
      pressure: entry.level,
      response: responseLabels[entry.response],
      note: entry.note,
      status,
    };
  });
}

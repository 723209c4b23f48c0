import { decisionLabels } from '../../shared/screening/intake';
import { healthNotesInForce, screeningInForce } from '../../shared/screening/carried';
import { screeningFlags } from '../../shared/screening/rules';
import { describeRegion, summarizeByRegion } from '../../shared/pressure/summary';
import { techniqueLabels } from '../../shared/pressure/techniques';
import { timelineRun } from '../../shared/record/timeline';
import { spokenDuration } from '../../shared/session/format';
import type { Session } from '../../shared/session/session';
import { PressureEntries } from './PressureEntries';

/** What the session recorded: the timeline run, pressure per region and every entry, screening decisions. */
export function RecordFacts({ session }: { session: Session }) {
  const regions = summarizeByRegion(session.pressure);
  const flags = screeningFlags(screeningInForce(session));
  const health = healthNotesInForce(session);
  const healthWords = `${health.allergies ? ` Allergies: ${health.allergies}.` : ''}${health.medications ? ` Medications: ${health.medications}.` : ''}`;
  return (
    <div className="record-facts">
      {session.room ? <p>Run in {session.room}.</p> : null}
      <table className="record-facts__timeline">
        <caption>Timeline: planned and actual</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Planned</th>
            <th scope="col">Actual</th>
          </tr>
        </thead>
        <tbody>
          {timelineRun(session).map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td>{spokenDuration(row.plannedMs)}</td>
              <td>{row.skipped ? 'skipped' : spokenDuration(row.actualMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-label="Pressure by region">
        <h3>Pressure by region</h3>
        {regions.length === 0 ? (
          <p>No feedback logged.</p>
        ) : (
          <ul>
            {regions.map((region) => (
              <li key={region.region}>
                {describeRegion(region)} (range {region.minLevel}-{region.maxLevel}; {region.techniques.map((id) => techniqueLabels[id].toLowerCase()).join(', ')})
              </li>
            ))}
          </ul>
        )}
        <PressureEntries session={session} />
      </section>
      <section aria-label="Screening">
        <h3>Screening</h3>
        {session.intake ? (
          <p>
            Pain before: {session.intake.painNow}/10.{' '}
            {flags.length === 0 ? 'No conditions reported.' : `${flags.map((flag) => flag.summary).join('; ')}.`}
            {session.acknowledgement && flags.length > 0 ? ` Decision: ${decisionLabels[session.acknowledgement.decision]}.` : ''}
            {healthWords}
          </p>
        ) : session.carriedScreening ? (
          <p>
            {flags.length === 0 ? 'No intake this visit.' : `No intake this visit; last visit’s flags: ${flags.map((flag) => flag.summary).join('; ')}.`}
            {flags.length === 0 ? '' : session.acknowledgement ? ` Confirmed unchanged. Decision: ${decisionLabels[session.acknowledgement.decision]}.` : ' Not acknowledged.'}
            {healthWords}
          </p>
        ) : (
          <p>No intake recorded.</p>
        )}
      </section>
    </div>
  );
}

import { useRef, useState } from 'react';
import { regionLabel, type RegionId } from '../../shared/body/regions';
import { effectiveEntries, responseLabels, type PressureResponse } from '../../shared/pressure/log';
import { techniqueLabels } from '../../shared/pressure/techniques';
import { clockDigits } from '../../shared/session/format';
import type { Session } from '../../shared/session/session';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf } from '../bridge/errors';
import { BodyMap } from './BodyMap';
import { CorrectionForm, correctionName } from './CorrectionForm';
import { pressureKeyHelp, responseKeyLabel } from './keys';
import { TechniqueList } from './TechniqueList';
import { usePressureKeys } from './usePressureKeys';
import { usePressureState } from './usePressureState';

interface Props {
  session: Session;
  onSession(session: Session): void;
  /** Regions the screening said to avoid. */
  avoid: readonly RegionId[];
}

const feedbackButtons: [PressureResponse, string][] = [
  ['more', 'More'],
  ['just-right', 'Just right'],
  ['less', 'Less'],
  ['stop', 'Stop'],
];

/** Logs the client's feedback with one key, mid-stroke; shows the last few entries. */
export function PressureLogPanel({ session, onSession, avoid }: Props) {
  const bridge = useBridge();
  const pressure = usePressureState(session.id);
  const { region, technique, level } = pressure.selection;
  const [status, setStatus] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<string | null>(null);
  // The entry whose correction just closed: its Correct button takes the focus back as it is drawn again.
  const refocus = useRef<string | null>(null);
  const pending = useRef(Promise.resolve());
  const noteInput = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  const entries = effectiveEntries(session.pressure);
  // A note goes on the last entry still in the log: a withdrawn one is out of sight.
  const last = entries.at(-1);

  function log(response: PressureResponse): void {
    const request = { sessionId: session.id, ...pressure.latest(), response };
    pressure.followResponse(response);
    // Entries go out in key order; each is acknowledged only once the back end has written it.
    pending.current = pending.current.then(async () => {
      try {
        const updated = await bridge.invoke('pressure.log', request);
        onSession(updated);
        setError(null);
        setStatus(`Logged: ${regionLabel(request.region)}, ${request.level}, ${responseLabels[request.response]}`);
      } catch (reason) {
        setError(messageOf(reason));
      }
    });
  }

  async function saveNote(): Promise<void> {
    if (!last) return;
    try {
      onSession(await bridge.invoke('pressure.correct', { sessionId: session.id, entryId: last.id, change: { note } }));
      setNote('');
      setError(null);
      noteInput.current?.blur();
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  usePressureKeys(correcting === null, (action) => {
    switch (action.type) {
      case 'log':
        return log(action.response);
      case 'level':
        return pressure.setLevel(action.level);
      case 'region':
        return pressure.cycleRegion(action.step);
      case 'technique':
        return pressure.cycleTechnique(action.step);
      case 'note':
        return noteInput.current?.focus();
    }
  });

  return (
    <section className="pressure" aria-labelledby="pressure-heading">
      <h2 id="pressure-heading" className="pressure__heading">
        Pressure feedback
      </h2>
      <p className="pressure__current" aria-live="polite">
        <span>{regionLabel(region)}</span> · <span>{techniqueLabels[technique]}</span> ·{' '}
        <span aria-label={`pressure ${level} of 10`}>pressure {level}</span>
        {avoid.includes(region) ? <strong className="pressure__avoid"> screening: avoid this area</strong> : null}
      </p>
      <div className="pressure__feedback" role="group" aria-label="Client feedback">
        {feedbackButtons.map(([response, label]) => (
          <button key={response} type="button" className={`big-button pressure__button pressure__button--${response}`} onClick={() => log(response)}>
            {label} <kbd>{responseKeyLabel[response]}</kbd>
          </button>
        ))}
      </div>
      <p role="status" className="pressure__status">
        {status}
      </p>
      <div className="pressure__level" role="group" aria-label="Pressure level">
        {Array.from({ length: 10 }, (_, index) => index + 1).map((value) => (
          <button key={value} type="button" aria-pressed={value === level} className="pressure__level-button" onClick={() => pressure.setLevel(value)}>
            {value}
          </button>
        ))}
      </div>
      {error || pressure.error ? (
        <p role="alert" className="form-error">
          {error ?? pressure.error}
        </p>
      ) : null}
      {/* The newest entries under the controls; older ones, the note and the pickers scroll within the panel when the window is short. */}
      <div className="pressure__more">
        <ol className="pressure__log" aria-label="Pressure log" reversed>
          {entries
            .map((entry, index) => ({ entry, number: index + 1 }))
            .slice(-8)
            .reverse()
            .map(({ entry, number }) => (
              <li key={entry.id} value={number} className="pressure__entry">
                <span className="pressure__time">{clockDigits(entry.sessionMs)}</span> {regionLabel(entry.region)}, {techniqueLabels[entry.technique]},{' '}
                {entry.level}, {responseLabels[entry.response]}
                {entry.note ? <span className="pressure__entry-note"> — {entry.note}</span> : null}
                {entry.corrected ? <span className="pressure__corrected"> (corrected)</span> : null}
                {correcting === entry.id ? (
                  <CorrectionForm
                    session={session}
                    entry={entry}
                    number={number}
                    onDone={(updated) => {
                      if (updated) onSession(updated);
                      const gone = updated !== null && !effectiveEntries(updated.pressure).some((each) => each.id === entry.id);
                      // A withdrawn entry leaves the list: say so, and hand the focus to the entry now last.
                      if (gone) setStatus(`Entry ${number} withdrawn (${regionLabel(entry.region)}, pressure ${entry.level}). The record keeps it, marked as withdrawn.`);
                      refocus.current = gone && updated ? (effectiveEntries(updated.pressure).at(-1)?.id ?? null) : entry.id;
                      setCorrecting(null);
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    className="small-button"
                    ref={(button) => {
                      if (button && refocus.current === entry.id) {
                        refocus.current = null;
                        button.focus();
                      }
                    }}
                    onClick={() => setCorrecting(entry.id)}
                    aria-label={correctionName(entry, number)}
                  >
                    Correct
                  </button>
                )}
              </li>
            ))}
        </ol>
        <form
          className="pressure__note"
          onSubmit={(event) => {
            event.preventDefault();
            void saveNote();
          }}
        >
          <label>
            Note on the last entry
            <input
              ref={noteInput}
              value={note}
              maxLength={200}
              disabled={!last}
              onChange={(event) => setNote(event.target.value)}
              // Escape hands the keys back to the room; what was typed stays for Enter later.
              onKeyDown={(event) => {
                if (event.key === 'Escape') event.currentTarget.blur();
              }}
            />
          </label>
          <button type="submit" className="small-button" disabled={!last || note.trim() === ''}>
            Add note
          </button>
        </form>
        {/* Keys R and T cycle region and technique; the map and list open on demand to keep the room on one screen. */}
        <details className="pressure__choose">
          <summary>Choose region and technique</summary>
          <div className="pressure__pickers">
            <BodyMap selected={region} onSelect={pressure.setRegion} avoid={avoid} />
            <TechniqueList selected={technique} onSelect={pressure.setTechnique} />
          </div>
        </details>
        <p className="pressure__keys">
          {pressureKeyHelp.map(([key, what]) => (
            <span key={key}>
              <kbd>{key}</kbd> {what}
            </span>
          ))}
        </p>
      </div>
    </section>
  );
}

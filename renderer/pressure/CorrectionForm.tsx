import { useEffect, useId, useRef, useState } from 'react';
import { bodyRegions, regionLabel, type RegionId } from '../../shared/body/regions';
import { PRESSURE_MAX, PRESSURE_MIN, responseLabels, responses, type EffectiveEntry, type PressureChange, type PressureResponse } from '../../shared/pressure/log';
import { techniqueIds, techniqueLabels, type TechniqueId } from '../../shared/pressure/techniques';
import type { Session } from '../../shared/session/session';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf } from '../bridge/errors';

interface Props {
  session: Session;
  entry: EffectiveEntry;
  /** The entry's place in the log as the list shows it, counting from 1. */
  number: number;
  onDone(updated: Session | null): void;
}

/** "Correct entry 2: Neck, pressure 5": the entry as the person sees it, for its button and its form alike. */
export function correctionName(entry: Pick<EffectiveEntry, 'region' | 'level'>, number: number): string {
  return `Correct entry ${number}: ${regionLabel(entry.region)}, pressure ${entry.level}`;
}

/** Corrects one entry; the back end records the change beside the original. */
export function CorrectionForm({ session, entry, number, onDone }: Props) {
  const bridge = useBridge();
  const [region, setRegion] = useState<RegionId>(entry.region);
  const [technique, setTechnique] = useState<TechniqueId>(entry.technique);
  // As typed, so a cleared field stays empty rather than turning into 0.
  const [level, setLevel] = useState(String(entry.level));
  const [levelError, setLevelError] = useState<string | null>(null);
  const problemId = useId();
  const [response, setResponse] = useState<PressureResponse>(entry.response);
  const [note, setNote] = useState(entry.note);
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // The Correct button that opened the form is gone: the form takes the focus, so its keys (Escape) answer at once.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, []);

  async function send(change: PressureChange): Promise<void> {
    try {
      onDone(await bridge.invoke('pressure.correct', { sessionId: session.id, entryId: entry.id, change }));
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  function changed(): PressureChange {
    const change: PressureChange = {};
    if (region !== entry.region) change.region = region;
    if (technique !== entry.technique) change.technique = technique;
    if (Number(level) !== entry.level) change.level = Number(level);
    if (response !== entry.response) change.response = response;
    if (note !== entry.note) change.note = note;
    return change;
  }

  return (
    <form
      ref={form}
      className="correction"
      aria-label={correctionName(entry, number)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') onDone(null);
      }}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const typed = Number(level);
        if (level.trim() === '' || !Number.isInteger(typed) || typed < PRESSURE_MIN || typed > PRESSURE_MAX) {
          return setLevelError(`Pressure is a whole number from ${PRESSURE_MIN} to ${PRESSURE_MAX}.`);
        }
        setLevelError(null);
        const change = changed();
        if (Object.keys(change).length === 0) return onDone(null);
        void send(change);
      }}
    >
      <label>
        Region
        <select value={region} onChange={(event) => setRegion(event.target.value as RegionId)}>
          {bodyRegions.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Technique
        <select value={technique} onChange={(event) => setTechnique(event.target.value as TechniqueId)}>
          {techniqueIds.map((id) => (
            <option key={id} value={id}>
              {techniqueLabels[id]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Pressure
        <input
          type="number"
          min={PRESSURE_MIN}
          max={PRESSURE_MAX}
          value={level}
          aria-invalid={levelError ? true : undefined}
          aria-errormessage={levelError ? problemId : undefined}
          onChange={(event) => setLevel(event.target.value)}
        />
      </label>
      <label>
        Feedback
        <select value={response} onChange={(event) => setResponse(event.target.value as PressureResponse)}>
          {responses.map((option) => (
            <option key={option} value={option}>
              {responseLabels[option]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note
        <input value={note} maxLength={200} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button type="submit" className="small-button">
        Save correction
      </button>
      <button type="button" className="small-button" onClick={() => void send({ withdrawn: true })}>
        Withdraw entry
      </button>
      <button type="button" className="small-button" onClick={() => onDone(null)}>
        Cancel
      </button>
      {levelError || error ? (
        <p role="alert" id={problemId} className="form-error">
          {levelError ?? error}
        </p>
      ) : null}
    </form>
  );
}

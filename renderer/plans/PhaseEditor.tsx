import { numberedName } from '../../shared/contract/plain-issues';
import { defaultCue, defaultPhaseColor, defaultSegmentCue, type Phase } from '../../shared/plans/plan';
import { described, within } from '../bridge/errors';
import { FieldError } from '../clients/FieldError';
import { move, newSegment, withSegments } from './draft';
import { MinutesInput } from './MinutesInput';
import { SoundPicker } from './SoundPicker';

interface Props {
  phase: Phase;
  index: number;
  count: number;
  /** Messages about this phase, keyed by its field ("minimumSec", "segments.0.name"). */
  errors: Record<string, string>;
  onChange(phase: Phase): void;
  onMove(by: number): void;
  onRemove(): void;
}

/** The element id of a phase's field ("durationSec", "segments.0.name"), for its message and the form's summary. */
export const phaseFieldId = (phaseId: string, key: string): string => `${phaseId}-${key.replace(/\./g, '-')}`;

/** One phase of a plan: its length, minimum, colour, cues and body-region segments. */
export function PhaseEditor({ phase, index, count, errors, onChange, onMove, onRemove }: Props) {
  const segments = phase.segments ?? [];
  const set = (changes: Partial<Phase>): void => onChange({ ...phase, ...changes });
  const errorId = (key: string): string => `${phaseFieldId(phase.id, key)}-error`;
  const field = (key: string) => ({ id: phaseFieldId(phase.id, key), ...described(errors, key, errorId(key)) });
  const message = (key: string) => <FieldError id={errorId(key)} message={errors[key]} />;
  return (
    <li className="phase-editor">
      <fieldset>
        <legend>{numberedName(`Phase ${index + 1}`, phase.name, ': ')}</legend>
        <div className="phase-editor__row">
          <div className="plan-field">
            <label>
              Name
              <input value={phase.name} onChange={(event) => set({ name: event.target.value })} maxLength={60} {...field('name')} />
            </label>
            {message('name')}
          </div>
          <div className="plan-field">
            <label>
              Minutes
              <MinutesInput
                min={0.5}
                step={0.5}
                seconds={phase.durationSec}
                disabled={segments.length > 0}
                title={segments.length > 0 ? 'A split phase lasts as long as its segments.' : undefined}
                onSeconds={(durationSec) => set({ durationSec })}
                {...field('durationSec')}
              />
            </label>
            {message('durationSec')}
          </div>
          <div className="plan-field">
            <label>
              Shortest (minutes)
              <MinutesInput min={0} step={0.5} seconds={phase.minimumSec} onSeconds={(minimumSec) => set({ minimumSec })} {...field('minimumSec')} />
            </label>
            {message('minimumSec')}
          </div>
          <div className="plan-field">
            <label>
              Warning before the end (minutes, 0 for none)
              <MinutesInput min={0} step={0.5} seconds={phase.warningSec} onSeconds={(warningSec) => set({ warningSec })} {...field('warningSec')} />
            </label>
            {message('warningSec')}
          </div>
          <label>
            Colour
            <input type="color" value={phase.color ?? defaultPhaseColor} onChange={(event) => set({ color: event.target.value })} />
          </label>
        </div>
        <div className="phase-editor__row">
          <label className="check">
            <input type="checkbox" checked={phase.enabled} onChange={(event) => set({ enabled: event.target.checked })} />
            Switched on
          </label>
          <label className="check">
            <input type="checkbox" checked={phase.optional} onChange={(event) => set({ optional: event.target.checked })} />
            Optional
          </label>
          <label className="check">
            <input type="checkbox" checked={phase.handsOn} onChange={(event) => set({ handsOn: event.target.checked })} />
            Hands-on
          </label>
          <SoundPicker label={`End cue of ${phase.name}`} sound={phase.cue ?? defaultCue} onChange={(cue) => set({ cue })} />
        </div>
        {message('segments')}
        {segments.length > 0 ? (
          <ol className="segment-list" aria-label={`Segments of ${phase.name}`}>
            {segments.map((segment, segmentIndex) => {
              const segmentErrors = within(errors, `segments.${segmentIndex}.`);
              const segmentField = (key: string) => ({
                id: phaseFieldId(phase.id, `segments.${segmentIndex}.${key}`),
                ...described(segmentErrors, key, errorId(`segments.${segmentIndex}.${key}`)),
              });
              const segmentMessage = (key: string) => <FieldError id={errorId(`segments.${segmentIndex}.${key}`)} message={segmentErrors[key]} />;
              const update = (changes: Partial<typeof segment>): void =>
                onChange(withSegments(phase, segments.map((each, i) => (i === segmentIndex ? { ...each, ...changes } : each))));
              return (
                <li key={segment.id} className="phase-editor__row">
                  <div className="plan-field">
                    <label>
                      Segment name
                      <input value={segment.name} onChange={(event) => update({ name: event.target.value })} maxLength={60} {...segmentField('name')} />
                    </label>
                    {segmentMessage('name')}
                  </div>
                  <div className="plan-field">
                    <label>
                      Segment minutes
                      <MinutesInput
                        min={0.5}
                        step={0.5}
                        seconds={segment.durationSec}
                        onSeconds={(durationSec) => update({ durationSec })}
                        {...segmentField('durationSec')}
                      />
                    </label>
                    {segmentMessage('durationSec')}
                  </div>
                  <SoundPicker label={`End cue of ${segment.name}`} sound={segment.cue ?? defaultSegmentCue} onChange={(cue) => update({ cue })} />
                  <button type="button" className="small-button" onClick={() => onChange(withSegments(phase, move(segments, segmentIndex, -1)))} disabled={segmentIndex === 0}>
                    Earlier
                  </button>
                  <button
                    type="button"
                    className="small-button"
                    aria-label={`Remove segment ${segment.name}`}
                    onClick={() => onChange(withSegments(phase, segments.filter((_, i) => i !== segmentIndex)))}
                  >
                    Remove
                  </button>
                </li>
              );
            })}
          </ol>
        ) : null}
        <div className="phase-editor__row">
          <button type="button" className="small-button" onClick={() => onChange(withSegments(phase, [...segments, newSegment(phase)]))}>
            Add body-region segment to {phase.name}
          </button>
          <button type="button" className="small-button" onClick={() => onMove(-1)} disabled={index === 0}>
            Move <span className="visually-hidden">{phase.name} </span>earlier
          </button>
          <button type="button" className="small-button" onClick={() => onMove(1)} disabled={index === count - 1}>
            Move <span className="visually-hidden">{phase.name} </span>later
          </button>
          <button type="button" className="small-button" onClick={onRemove} aria-label={`Remove phase ${phase.name}`}>
            Remove phase
          </button>
        </div>
      </fieldset>
    </li>
  );
}

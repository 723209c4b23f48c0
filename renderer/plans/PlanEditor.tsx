import { useEffect, useRef, useState } from 'react';
import { pathSteps, unplacedMessage } from '../../shared/contract/plain-issues';
import { defaultWarningCue, plannedTotalSec, type Plan } from '../../shared/plans/plan';
import { spokenDuration } from '../../shared/session/format';
import { described, fieldErrors, within } from '../bridge/errors';
import { FieldError } from '../clients/FieldError';
import { FormErrors } from '../forms/FormErrors';
import { ChangedElsewhere } from '../sync/ChangedElsewhere';
import { phaseFieldId } from './PhaseEditor';
import type { RoomSettings } from '../../shared/settings/room-settings';
import { CuePreview } from './CuePreview';
import { move, newPhase } from './draft';
import { MinutesInput } from './MinutesInput';
import { PhaseEditor } from './PhaseEditor';
import { SoundPicker } from './SoundPicker';

interface Props {
  /** The plan as stored: after a save in another room, that room's version. */
  plan: Plan;
  /** Goes up each time another room saves this plan. */
  arrivedElsewhere: number;
  /** Just made with New plan, not yet saved: the editor opens with the focus in its name. */
  isNew?: boolean;
  settings: RoomSettings;
  /** Resolves to null once saved, or to what went wrong. */
  onSave(plan: Plan): Promise<unknown>;
  onDuplicate(): void;
  onDelete(): void;
}

export const DELETE_CONFIRM_MS = 4000;

const planFieldIds: Readonly<Record<string, string>> = { 'plan.name': 'plan-name', 'plan.sessionWarningSec': 'plan-warning', 'plan.phases': 'plan-phases' };
const phaseFieldKeys = /^(name|durationSec|minimumSec|warningSec|segments\.\d+\.(name|durationSec))$/;

/** The element that shows an issue of a save, by the path ("plan.phases.1.minimumSec" → that phase's Shortest field). */
function planFieldId(plan: Plan, path: string): string | undefined {
  if (planFieldIds[path]) return planFieldIds[path];
  const [, at, part] = /^plan\.phases\.(\d+)\.(.+)$/.exec(path) ?? [];
  const phase = plan.phases[Number(at)];
  if (!phase || !part) return undefined;
  // A phase's segments as a whole have no field of their own; the message shows under the phase, whose name leads to it.
  if (part === 'segments') return phaseFieldId(phase.id, 'name');
  return phaseFieldKeys.test(part) ? phaseFieldId(phase.id, part) : undefined;
}

/** Edits a copy of one plan; nothing is stored until Save, and the back end validates it. */
export function PlanEditor({ plan, arrivedElsewhere, isNew = false, settings, onSave, onDuplicate, onDelete }: Props) {
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (isNew) nameInput.current?.focus();
  }, [isNew]);
  const [draft, setDraft] = useState(plan);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  // Whether the therapist changed the form since it was opened or saved, and the last arrival from another room it took in.
  const [edited, setEdited] = useState(false);
  const [seenArrival, setSeenArrival] = useState(arrivedElsewhere);
  const startAgainFromStored = (): void => {
    setDraft(plan);
    setEdited(false);
    setSeenArrival(arrivedElsewhere);
    setFailure(null);
    setSaved(null);
  };
  // Another room saved this plan: an untouched form shows that version; typed changes are kept until the therapist chooses.
  const changedElsewhere = arrivedElsewhere !== seenArrival;
  if (changedElsewhere && !edited) startAgainFromStored();
  // Each problem as the back end said it: one whole sentence, its place named ("Phase 2, Warm-up: …"), for the summary.
  const said = fieldErrors(failure);
  // Beside its field, under the phase's heading, the place is already on screen: the message says only what is wrong.
  const errors = Object.fromEntries(Object.entries(said).map(([path, message]) => [path.replace(/^plan\./, ''), unplacedMessage({ plan: draft }, pathSteps(path), message)]));
  const [armedDelete, setArmedDelete] = useState(false);
  const disarm = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(disarm.current), []);

  const set = (changes: Partial<Plan>): void => {
    setEdited(true);
    setDraft({ ...draft, ...changes });
  };
  const setPhases = (phases: Plan['phases']): void => set({ phases });

  async function save(): Promise<void> {
    const error = await onSave(draft);
    setFailure(error ?? null);
    setSaved(error ? null : `Saved “${draft.name}”.`);
    // Refused, the problems take the focus (FormErrors): the one field, or the summary that leads to each.
    if (error) return;
    setEdited(false);
    setSeenArrival(arrivedElsewhere);
  }

  function pressDelete(): void {
    if (armedDelete) {
      clearTimeout(disarm.current);
      setArmedDelete(false);
      onDelete();
      return;
    }
    setArmedDelete(true);
    disarm.current = setTimeout(() => setArmedDelete(false), DELETE_CONFIRM_MS);
  }

  return (
    <form
      noValidate
      className="plan-editor"
      aria-label={`Edit ${plan.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {changedElsewhere ? (
        <ChangedElsewhere message={`“${plan.name}” was just changed in another room. Saving keeps your changes instead.`} onShowThatVersion={startAgainFromStored} />
      ) : null}
      <FormErrors
        error={failure}
        fieldOf={(path) => {
          const id = planFieldId(draft, path);
          return id && said[path] ? { id, label: said[path] } : undefined;
        }}
      />
      <div className="phase-editor__row">
        <div className="plan-field">
          <label>
            Plan name
            <input ref={nameInput} value={draft.name} onChange={(event) => set({ name: event.target.value })} maxLength={80} id="plan-name" {...described(errors, 'name', 'plan-name-error')} />
          </label>
          <FieldError id="plan-name-error" message={errors.name} />
        </div>
        <div className="plan-field">
          <label>
            Session-end warning (minutes before, 0 for none)
            <MinutesInput
              min={0}
              step={0.5}
              seconds={draft.sessionWarningSec}
              onSeconds={(sessionWarningSec) => set({ sessionWarningSec })}
              id="plan-warning"
              {...described(errors, 'sessionWarningSec', 'plan-warning-error')}
            />
          </label>
          <FieldError id="plan-warning-error" message={errors.sessionWarningSec} />
        </div>
        <SoundPicker label="Warning cue" sound={draft.warningCue ?? defaultWarningCue} onChange={(warningCue) => set({ warningCue })} />
      </div>
      <p className="plan-editor__total">Planned length with the phases switched on: {spokenDuration(plannedTotalSec(draft) * 1000)}</p>
      <FieldError id="plan-phases-error" message={errors.phases} />
      <ol className="phase-list" id="plan-phases" tabIndex={-1} aria-label="Phases" aria-describedby={errors.phases ? 'plan-phases-error' : undefined}>
        {draft.phases.map((phase, index) => (
          <PhaseEditor
            key={phase.id}
            phase={phase}
            index={index}
            count={draft.phases.length}
            errors={within(errors, `phases.${index}.`)}
            onChange={(changed) => setPhases(draft.phases.map((each, i) => (i === index ? changed : each)))}
            onMove={(by) => setPhases(move(draft.phases, index, by))}
            onRemove={() => setPhases(draft.phases.filter((_, i) => i !== index))}
          />
        ))}
      </ol>
      {saved ? (
        <p role="status" className="form-ok">
          {saved}
        </p>
      ) : null}
      <div className="plan-editor__actions">
        <button type="button" className="big-button" onClick={() => setPhases([...draft.phases, newPhase(draft.phases)])}>
          Add phase
        </button>
        <button type="submit" className="big-button big-button--primary">
          Save plan
        </button>
        <button type="button" className="big-button" onClick={onDuplicate}>
          Duplicate
        </button>
        <button type="button" className={`big-button${armedDelete ? ' big-button--danger' : ''}`} onClick={pressDelete}>
          {armedDelete ? 'Press again to delete' : 'Delete plan'}
        </button>
        <CuePreview plan={draft} settings={settings} />
      </div>
    </form>
  );
}

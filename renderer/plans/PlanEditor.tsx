import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { unplacedMessage } from '../../shared/contract/plain-issues';
import { defaultWarningCue, plannedTotalSec, type Phase, type Plan } from '../../shared/plans/plan';
import { described, fieldErrors, within } from '../bridge/errors';
import { FieldError } from '../clients/FieldError';
import { FormErrors, type FormField } from '../forms/FormErrors';
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

const planFields: Readonly<Record<string, FormField>> = {
  'plan.name': { id: 'plan-name', label: 'Plan name' },
  'plan.sessionWarningSec': { id: 'plan-warning', label: 'Session-end warning' },
};

const phaseFieldLabels: Readonly<Record<string, string>> = { name: 'name', durationSec: 'minutes', minimumSec: 'shortest', warningSec: 'warning', segments: 'segments' };
const segmentFieldLabels: Readonly<Record<string, string>> = { name: 'name', durationSec: 'minutes' };

/** A phase as the summary names it: "Phase 2 (Warm-up)", or "Phase 2" alone when that is also its name. */
function phasePlace(phase: Phase, at: number): string {
  const number = `Phase ${at + 1}`;
  const name = phase.name.trim();
  return !name || name.toLowerCase() === number.toLowerCase() ? number : `${number} (${name})`;
}

/**
 * A summary item as one sentence: the thing, then what is wrong with it
 * ("Phase 2 (Warm-up), shortest: the shortest it may…"). The place the back
 * end put in front of its message is left off, since the thing already names it.
 */
function sentence(thing: string, plan: Plan, path: string, message: string | undefined): string {
  if (!message) return thing;
  const steps = path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const said = unplacedMessage({ plan }, steps, message);
  const rest = /^.[A-Z]/.test(said) ? said : said.charAt(0).toLowerCase() + said.slice(1);
  return `${thing}: ${rest}`;
}

/** Where the editor shows each issue of a save, and the field's label as the therapist reads it ("Phase 2 (Warm-up), shortest"). */
function planFieldPlace(plan: Plan, path: string): FormField | undefined {
  if (planFields[path]) return planFields[path];
  if (path === 'plan.phases') return { id: 'plan-phases', label: 'The plan’s phases' };
  const [, at, part] = /^plan\.phases\.(\d+)\.(.+)$/.exec(path) ?? [];
  const phase = plan.phases[Number(at)];
  if (!phase || !part) return undefined;
  const place = phasePlace(phase, Number(at));
  const [, segmentAt, segmentKey] = /^segments\.(\d+)\.(\w+)$/.exec(part) ?? [];
  if (segmentAt !== undefined && segmentKey && segmentFieldLabels[segmentKey]) {
    return { id: phaseFieldId(phase.id, part), label: `${place}, segment ${Number(segmentAt) + 1} ${segmentFieldLabels[segmentKey]}` };
  }
  // A phase's segments as a whole have no field of their own; the message shows under the phase, whose name leads to it.
  if (part === 'segments') return { id: phaseFieldId(phase.id, 'name'), label: `${place}, segments` };
  return phaseFieldLabels[part] ? { id: phaseFieldId(phase.id, part), label: `${place}, ${phaseFieldLabels[part]}` } : undefined;
}

/** The field for an issue, labelled with what is wrong there for the form's summary. */
function planFieldOf(plan: Plan, path: string, message: string | undefined): FormField | undefined {
  const field = planFieldPlace(plan, path);
  return field && { ...field, label: sentence(field.label, plan, path, message) };
}

/** A length in words with the reader's digit grouping ("1,500 minutes 30 seconds"), exact to the second. */
function plannedLength(totalSec: number): string {
  const numbers = new Intl.NumberFormat();
  const counted = (n: number, unit: string): string => `${numbers.format(n)} ${unit}${n === 1 ? '' : 's'}`;
  const whole = Math.max(0, Math.round(totalSec));
  const minutes = Math.floor(whole / 60);
  const seconds = whole % 60;
  if (minutes === 0) return counted(seconds, 'second');
  return seconds === 0 ? counted(minutes, 'minute') : `${counted(minutes, 'minute')} ${counted(seconds, 'second')}`;
}

/** The first field the last save found a problem with, or the phase list when the problem is the plan's phases as a whole. */
const firstProblem = (form: HTMLFormElement | null): HTMLElement | null | undefined =>
  form?.querySelector<HTMLElement>('[aria-invalid="true"], #plan-phases[aria-describedby]');

/** Edits a copy of one plan; nothing is stored until Save, and the back end validates it. */
export function PlanEditor({ plan, arrivedElsewhere, isNew = false, settings, onSave, onDuplicate, onDelete }: Props) {
  const nameInput = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
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
  const errors = fieldErrors(failure, 'plan.');
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
    flushSync(() => {
      setFailure(error ?? null);
      setSaved(error ? null : `Saved “${draft.name}”.`);
    });
    if (error) {
      // Each problem is said beside its field; Save plan takes the therapist to the first of them.
      firstProblem(form.current)?.focus();
      return;
    }
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
      ref={form}
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
      <FormErrors error={failure} fieldOf={(path) => planFieldOf(draft, path, path.startsWith('plan.') ? errors[path.slice('plan.'.length)] : undefined)} />
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
      <p className="plan-editor__total">Planned length with the phases switched on: {plannedLength(plannedTotalSec(draft))}</p>
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

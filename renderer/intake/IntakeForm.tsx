import { useEffect, useState } from 'react';
import type { RegionId } from '../../shared/body/regions';
import { levelLabels, screeningLevels, screeningQuestions, type ScreeningId, type ScreeningLevel } from '../../shared/screening/catalogue';
import type { Intake, ScreeningAnswer } from '../../shared/screening/intake';
import { prefillIntake } from '../../shared/screening/rules';
import type { Session } from '../../shared/session/session';
import { useBridge } from '../bridge/BridgeContext';
import { described, fieldErrors } from '../bridge/errors';
import { FieldError } from '../clients/FieldError';
import { FormErrors, type FormField } from '../forms/FormErrors';
import { useModalFocus } from '../shell/useModalFocus';
import { DiscardQuestion } from '../forms/DiscardQuestion';
import { RegionChecklist } from './RegionChecklist';

interface Props {
  session: Session;
  /** The client's intake from their last visit, to start from. */
  lastIntake: Intake | undefined;
  onSaved(session: Session): void;
  onClose(): void;
}

const intakeFields: Record<string, FormField> = {
  'intake.painNow': { id: 'intake-pain-now', label: 'Pain now' },
  'intake.painQuality': { id: 'intake-pain-quality', label: 'What it feels like' },
  'intake.goals': { id: 'intake-goals', label: 'Goals for today' },
  'intake.allergies': { id: 'intake-allergies', label: 'Allergies' },
  'intake.medications': { id: 'intake-medications', label: 'Medications' },
};

/** Arrival and assessment: the health screen, allergies and medications, pain now, where and how it hurts, goals. */
export function IntakeForm({ session, lastIntake, onSaved, onClose }: Props) {
  const bridge = useBridge();
  const start = session.intake ?? { ...prefillIntake(lastIntake), recordedAt: 0 };
  const [answers, setAnswers] = useState<ScreeningAnswer[]>(start.screening);
  const [unchanged, setUnchanged] = useState(start.confirmedUnchanged);
  const [painNow, setPainNow] = useState(session.intake ? String(start.painNow) : '');
  const [painRegions, setPainRegions] = useState<RegionId[]>(start.painRegions);
  const [painQuality, setPainQuality] = useState(start.painQuality);
  const [goals, setGoals] = useState(start.goals);
  const [allergies, setAllergies] = useState(start.allergies);
  const [medications, setMedications] = useState(start.medications);
  const [failure, setFailure] = useState<unknown>(null);
  const errors = fieldErrors(failure, 'intake.');
  // What the therapist has ticked and typed, against what the form opened with: only a difference is worth asking about.
  const entered = JSON.stringify({ answers, unchanged, painNow, painRegions, painQuality, goals, allergies, medications });
  const [opened] = useState(entered);
  const [asking, setAsking] = useState(false);
  const clientName = useClientName(session.clientId);
  /** Escape and Cancel: closes at once when nothing was entered, and otherwise asks before the answers go. */
  const close = (): void => {
    if (entered === opened) onClose();
    else setAsking(true);
  };
  /** Where the form shows each issue of intake.save, and the field's label as the therapist reads it. */
  const fieldOf = (path: string): FormField | undefined => {
    const at = /^intake\.screening\.(\d+)\.note$/.exec(path)?.[1];
    const question = screeningQuestions.find((each) => each.id === answers[Number(at)]?.id);
    return question ? { id: `intake-note-${question.id}`, label: `Note on ${question.label.toLowerCase()}` } : intakeFields[path];
  };
  const box = useModalFocus<HTMLDivElement>();

  const answerFor = (id: ScreeningId) => answers.find((answer) => answer.id === id);
  const change = (id: ScreeningId, patch: Partial<ScreeningAnswer>) =>
    setAnswers((current) => current.map((answer) => (answer.id === id ? { ...answer, ...patch } : answer)));

  async function save(): Promise<void> {
    try {
      const intake = { screening: answers, confirmedUnchanged: unchanged, painNow: painNow === '' ? Number.NaN : Number(painNow), painRegions, painQuality, goals, allergies, medications };
      onSaved(await bridge.invoke('intake.save', { sessionId: session.id, intake }));
      onClose();
    } catch (reason) {
      setFailure(reason);
    }
  }

  return (
    <>
      <div className="dialog-backdrop" inert={asking}>
        <div ref={box} role="dialog" aria-modal="true" aria-labelledby="intake-title" className="dialog intake">
          <form
            noValidate
            aria-labelledby="intake-title"
            className="intake__form"
            onKeyDown={(event) => {
              // Keys typed here belong to the form, never to the room or the pressure log.
              event.stopPropagation();
              if (event.key === 'Escape') close();
            }}
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <h2 id="intake-title">Intake and health screen</h2>
            <FormErrors error={failure} fieldOf={fieldOf} />
            {lastIntake ? (
              <label className="intake__unchanged">
                <input type="checkbox" checked={unchanged} onChange={(event) => setUnchanged(event.target.checked)} />
                The client confirms nothing has changed since the last visit (answers below are from that visit)
              </label>
            ) : null}
            <fieldset className="intake__screen">
              <legend>Does the client have any of these today?</legend>
              {screeningQuestions.map((question) => {
                const answer = answerFor(question.id);
                const at = answers.findIndex((each) => each.id === question.id);
                return (
                  <div key={question.id} className="intake__question">
                    <label>
                      <input
                        type="checkbox"
                        checked={Boolean(answer)}
                        onChange={(event) =>
                          setAnswers((current) =>
                            event.target.checked
                              ? [...current, { id: question.id, level: question.suggestedLevel, note: '', avoidRegions: [] }]
                              : current.filter((each) => each.id !== question.id),
                          )
                        }
                      />
                      {question.label}
                    </label>
                    {answer ? (
                      <div className="intake__answer">
                        <label>
                          Level for {question.label.toLowerCase()}
                          <select value={answer.level} onChange={(event) => change(question.id, { level: event.target.value as ScreeningLevel })}>
                            {screeningLevels.map((level) => (
                              <option key={level} value={level}>
                                {levelLabels[level]}
                              </option>
                            ))}
                          </select>
                        </label>
                        <label>
                          Note on {question.label.toLowerCase()}
                          <input
                            id={`intake-note-${question.id}`}
                            value={answer.note}
                            maxLength={500}
                            onChange={(event) => change(question.id, { note: event.target.value })}
                            {...described(errors, `screening.${at}.note`, `intake-note-${question.id}-error`)}
                          />
                        </label>
                        <FieldError id={`intake-note-${question.id}-error`} message={errors[`screening.${at}.note`]} />
                        {answer.level === 'modify' ? (
                          <RegionChecklist legend="Areas to avoid" value={answer.avoidRegions} onChange={(avoidRegions) => change(question.id, { avoidRegions })} />
                        ) : null}
                      </div>
                    ) : null}
                  </div>
                );
              })}
            </fieldset>
            <IntakeLine
              id="intake-allergies"
              label="Allergies (oils, lotions, latex, scents)"
              field="allergies"
              value={allergies}
              onChange={setAllergies}
              maxLength={1000}
              placeholder="none known"
              errors={errors}
            />
            <IntakeLine
              id="intake-medications"
              label="Medications"
              field="medications"
              value={medications}
              onChange={setMedications}
              maxLength={1000}
              placeholder="blood thinners, pain relief…"
              errors={errors}
            />
            <label>
              Pain now (0-10)
              <input
                id="intake-pain-now"
                type="number"
                min={0}
                max={10}
                step={1}
                value={painNow}
                required
                onChange={(event) => setPainNow(event.target.value)}
                {...described(errors, 'painNow', 'intake-pain-now-error')}
              />
            </label>
            <FieldError id="intake-pain-now-error" message={errors.painNow} />
            <RegionChecklist legend="Where it hurts" value={painRegions} onChange={setPainRegions} />
            <IntakeLine
              id="intake-pain-quality"
              label="What it feels like"
              field="painQuality"
              value={painQuality}
              onChange={setPainQuality}
              maxLength={300}
              placeholder="dull ache, sharp, stiff…"
              errors={errors}
            />
            <label>
              Goals for today
              <textarea
                id="intake-goals"
                value={goals}
                maxLength={1000}
                rows={2}
                onChange={(event) => setGoals(event.target.value)}
                {...described(errors, 'goals', 'intake-goals-error')}
              />
            </label>
            <FieldError id="intake-goals-error" message={errors.goals} />
            <div className="dialog__actions">
              <button type="submit" className="big-button big-button--primary">
                Save intake
              </button>
              <button type="button" className="big-button" onClick={close}>
                Cancel
              </button>
            </div>
          </form>
        </div>
      </div>
      {asking ? (
        <DiscardQuestion
          title={clientName ? `Discard the intake answers for ${clientName}?` : 'Discard the intake answers?'}
          help="They have not been saved. Keep editing to go back to them, or discard them and close the intake."
          discardLabel="Discard"
          onKeep={() => setAsking(false)}
          onDiscard={onClose}
        />
      ) : null}
    </>
  );
}

/** The client's name for the question before discarding, once the back end has given it. */
function useClientName(clientId: string | undefined): string | null {
  const bridge = useBridge();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (!clientId) return undefined;
    let live = true;
    bridge.invoke('clients.get', { clientId }).then(
      (client) => live && setName(client.name),
      // Without the name the question still reads plainly: "Discard the intake answers?".
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [bridge, clientId]);
  return name;
}

interface LineProps {
  id: string;
  label: string;
  /** The intake field it fills, as the back end names it in a failed check. */
  field: string;
  value: string;
  onChange(value: string): void;
  maxLength: number;
  placeholder: string;
  errors: Record<string, string>;
}

/** One line of free text on the intake, with its own message beneath it when it fails its check. */
function IntakeLine({ id, label, field, value, onChange, maxLength, placeholder, errors }: LineProps) {
  return (
    <>
      <label>
        {label}
        <input
          id={id}
          value={value}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          placeholder={placeholder}
          {...described(errors, field, `${id}-error`)}
        />
      </label>
      <FieldError id={`${id}-error`} message={errors[field]} />
    </>
  );
}

import { useState } from 'react';
import type { RegionId } from '../../shared/body/regions';
import { levelLabels, screeningLevels, screeningQuestions, type ScreeningId, type ScreeningLevel } from '../../shared/screening/catalogue';
import type { Intake, ScreeningAnswer } from '../../shared/screening/intake';
import { prefillIntake } from '../../shared/screening/rules';
import type { Session } from '../../shared/session/session';
import { useBridge } from '../bridge/BridgeContext';
import { fieldErrors, messageOf } from '../bridge/errors';
import { FieldError } from '../clients/FieldError';
import { useModalFocus } from '../shell/useModalFocus';
import { RegionChecklist } from './RegionChecklist';

interface Props {
  session: Session;
  /** The client's intake from their last visit, to start from. */
  lastIntake: Intake | undefined;
  onSaved(session: Session): void;
  onClose(): void;
}

/** Arrival and assessment: the health screen, pain now, where and how it hurts, goals. */
export function IntakeForm({ session, lastIntake, onSaved, onClose }: Props) {
  const bridge = useBridge();
  const start = session.intake ?? { ...prefillIntake(lastIntake), recordedAt: 0 };
  const [answers, setAnswers] = useState<ScreeningAnswer[]>(start.screening);
  const [unchanged, setUnchanged] = useState(start.confirmedUnchanged);
  const [painNow, setPainNow] = useState(session.intake ? String(start.painNow) : '');
  const [painRegions, setPainRegions] = useState<RegionId[]>(start.painRegions);
  const [painQuality, setPainQuality] = useState(start.painQuality);
  const [goals, setGoals] = useState(start.goals);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const box = useModalFocus<HTMLDivElement>();

  const answerFor = (id: ScreeningId) => answers.find((answer) => answer.id === id);
  const change = (id: ScreeningId, patch: Partial<ScreeningAnswer>) =>
    setAnswers((current) => current.map((answer) => (answer.id === id ? { ...answer, ...patch } : answer)));

  async function save(): Promise<void> {
    try {
      const intake = { screening: answers, confirmedUnchanged: unchanged, painNow: painNow === '' ? Number.NaN : Number(painNow), painRegions, painQuality, goals };
      onSaved(await bridge.invoke('intake.save', { sessionId: session.id, intake }));
      onClose();
    } catch (reason) {
      setErrors(fieldErrors(reason, 'intake.'));
      setMessage(messageOf(reason));
    }
  }

  return (
    <div className="dialog-backdrop">
      <div ref={box} role="dialog" aria-modal="true" aria-labelledby="intake-title" className="dialog intake">
        <form
          noValidate
          aria-labelledby="intake-title"
          className="intake__form"
          onKeyDown={(event) => {
            // Keys typed here belong to the form, never to the room or the pressure log.
            event.stopPropagation();
            if (event.key === 'Escape') onClose();
          }}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <h2 id="intake-title">Intake and health screen</h2>
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
                        <input value={answer.note} maxLength={500} onChange={(event) => change(question.id, { note: event.target.value })} />
                      </label>
                      <FieldError message={errors[`screening.${at}.note`]} />
                      {answer.level === 'modify' ? (
                        <RegionChecklist legend="Areas to avoid" value={answer.avoidRegions} onChange={(avoidRegions) => change(question.id, { avoidRegions })} />
                      ) : null}
                    </div>
                  ) : null}
                </div>
              );
            })}
          </fieldset>
          <label>
            Pain now (0-10)
            <input type="number" min={0} max={10} step={1} value={painNow} required onChange={(event) => setPainNow(event.target.value)} aria-invalid={Boolean(errors.painNow)} />
          </label>
          <FieldError message={errors.painNow} />
          <RegionChecklist legend="Where it hurts" value={painRegions} onChange={setPainRegions} />
          <label>
            What it feels like
            <input value={painQuality} maxLength={300} onChange={(event) => setPainQuality(event.target.value)} placeholder="dull ache, sharp, stiff…" />
          </label>
          <FieldError message={errors.painQuality} />
          <label>
            Goals for today
            <textarea value={goals} maxLength={1000} rows={2} onChange={(event) => setGoals(event.target.value)} />
          </label>
          <FieldError message={errors.goals} />
          {message ? (
            <p role="alert" className="form-error">
              {message}
            </p>
          ) : null}
          <div className="dialog__actions">
            <button type="submit" className="big-button big-button--primary">
              Save intake
            </button>
            <button type="button" className="big-button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

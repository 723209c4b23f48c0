import { useId, useRef, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { flushSync } from 'react-dom';
import { bodyRegions, type RegionId } from '../../shared/body/regions';
import { followUpAdvice, followUpPlans } from '../../shared/handout/content/aftercare-text';
import { pressureWords } from '../../shared/handout/client-words';
import { suggestsDeepWork } from '../../shared/handout/source';
import type { HandoutTemplate } from '../../shared/handout/template';
import { PRESSURE_MAX, PRESSURE_MIN, responseLabels, responses, type PressureResponse } from '../../shared/pressure/log';
import { techniqueIds, techniqueLabels } from '../../shared/pressure/techniques';
import { screeningQuestions, type ScreeningId } from '../../shared/screening/catalogue';
import { languageChoiceLabel, languages, type Language } from '../../shared/i18n/languages';
import { areasFrom, dateProblem, minutesProblem, painProblem, type AreaDetails, type WrapUpDetails } from './wrap-up';

const pressureLevels = Array.from({ length: PRESSURE_MAX - PRESSURE_MIN + 1 }, (_, index) => PRESSURE_MIN + index);

interface Props {
  details: WrapUpDetails;
  onChange(details: WrapUpDetails): void;
  templates: readonly HandoutTemplate[];
  /** The language the client's record asks for, if any, to say so beside the choice. */
  clientLanguage?: Language;
  onWrite(): void;
}

interface CheckedFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  /** What is wrong with the answer, said beside it and read with it; null when it is fine. */
  problem: string | null;
  /**
   * How many times Write has been pressed. Given, the field keeps its problem to itself while it is being typed
   * into (a half-typed date holds no value), until it is left or Write is pressed.
   */
  writeTries?: number;
}

/** A field whose answer the form checks as it is typed; the field is named by its label alone. */
function CheckedField({ label, problem, writeTries, onChange, onKeyDown, onBlur, ...input }: CheckedFieldProps) {
  const id = useId();
  const [typingSince, setTypingSince] = useState<number | null>(null);
  const typing = (): void => {
    if (writeTries !== undefined) setTypingSince(writeTries);
  };
  const said = problem && !(writeTries !== undefined && typingSince === writeTries) ? problem : null;
  return (
    <label className="field">
      <span id={`${id}-label`}>{label}</span>
      <input
        {...input}
        // A half-typed date changes no value, so a key pressed counts as typing too.
        onKeyDown={(event) => {
          typing();
          onKeyDown?.(event);
        }}
        onChange={(event) => {
          typing();
          onChange?.(event);
        }}
        onBlur={(event) => {
          setTypingSince(null);
          onBlur?.(event);
        }}
        aria-labelledby={`${id}-label`}
        aria-invalid={said ? true : undefined}
        aria-describedby={said ? `${id}-problem` : undefined}
      />
      {said ? (
        <small id={`${id}-problem`} role="alert">
          {said}
        </small>
      ) : null}
    </label>
  );
}

const newArea: AreaDetails = { techniques: [], pressure: null, response: null };

/** The wrap-up questions: who, which areas and how, pain scores, screening, when to come back. */
export function WrapUpForm({ details, onChange, templates, clientLanguage, onWrite }: Props) {
  const set = (patch: Partial<WrapUpDetails>): void => onChange({ ...details, ...patch });
  const setArea = (region: RegionId, area: AreaDetails | null): void => {
    const areas = { ...details.areas };
    if (area) areas[region] = area;
    else delete areas[region];
    set({ areas });
  };
  const toggleCaution = (id: ScreeningId, on: boolean): void =>
    set({ cautions: on ? [...details.cautions, id] : details.cautions.filter((caution) => caution !== id) });
  const deepWork = details.deepWork ?? suggestsDeepWork(areasFrom(details));
  const beforeProblem = painProblem(details.painBefore);
  const afterProblem = painProblem(details.painAfter);
  const minutesWrong = minutesProblem(details.handsOnMinutes);
  const dateWrong = dateProblem(details.date);
  const form = useRef<HTMLFormElement>(null);
  const [writeTries, setWriteTries] = useState(0);

  function submit(event: FormEvent): void {
    event.preventDefault();
    // Every field says its problem now, even one still being typed into.
    flushSync(() => setWriteTries((tries) => tries + 1));
    // Each problem is already said beside its field; Write takes the therapist to the first of them.
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (first) first.focus();
    else onWrite();
  }

  return (
    <form ref={form} className="wrap-up" onSubmit={submit} aria-label="Handout details" noValidate>
      <div className="wrap-up__row">
        <label className="field">
          <span>Client name</span>
          <input value={details.clientName} maxLength={200} autoComplete="off" onChange={(event) => set({ clientName: event.target.value })} />
        </label>
        <CheckedField label="Session date" type="date" value={details.date} problem={dateWrong} writeTries={writeTries} onChange={(event) => set({ date: event.target.value })} />
        <label className="field">
          <span>Handout language</span>
          <select aria-label="Handout language" value={details.language} onChange={(event) => set({ language: event.target.value as Language })}>
            {languages.map((language) => (
              <option key={language} value={language}>
                {languageChoiceLabel(language)}
                {language === clientLanguage ? ' (the client\'s language)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Template</span>
          <select aria-label="Template" value={details.templateId} onChange={(event) => set({ templateId: event.target.value })}>
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </select>
        </label>
      </div>

      <fieldset className="wrap-up__regions">
        <legend>Areas worked</legend>
        <div className="region-checks">
          {bodyRegions.map((region) => (
            <label key={region.id} className="check">
              <input
                type="checkbox"
                checked={details.areas[region.id] !== undefined}
                onChange={(event) => setArea(region.id, event.target.checked ? { ...newArea } : null)}
              />
              {region.label}
            </label>
          ))}
        </div>
        {bodyRegions
          .filter((region) => details.areas[region.id])
          .map((region) => {
            const area = details.areas[region.id] as AreaDetails;
            return (
              <fieldset key={region.id} className="area">
                <legend>{region.label}</legend>
                <div className="area__techniques">
                  {techniqueIds.map((technique) => (
                    <label key={technique} className="check check--small">
                      <input
                        type="checkbox"
                        checked={area.techniques.includes(technique)}
                        onChange={(event) =>
                          setArea(region.id, {
                            ...area,
                            techniques: event.target.checked
                              ? [...area.techniques, technique]
                              : area.techniques.filter((each) => each !== technique),
                          })
                        }
                      />
                      {techniqueLabels[technique]}
                    </label>
                  ))}
                </div>
                <div className="wrap-up__row">
                  <label className="field">
                    <span>Pressure (1-10)</span>
                    <select
                      aria-label="Pressure"
                      value={area.pressure ?? ''}
                      onChange={(event) => setArea(region.id, { ...area, pressure: event.target.value ? Number(event.target.value) : null })}
                    >
                      <option value="">Not noted</option>
                      {pressureLevels.map((level) => (
                        <option key={level} value={level}>
                          {pressureWords(level)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="field">
                    <span>The client said</span>
                    <select
                      aria-label="The client said"
                      value={area.response ?? ''}
                      onChange={(event) =>
                        setArea(region.id, { ...area, response: (event.target.value || null) as PressureResponse | null })
                      }
                    >
                      <option value="">Not noted</option>
                      {responses.map((response) => (
                        <option key={response} value={response}>
                          {responseLabels[response]}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
              </fieldset>
            );
          })}
      </fieldset>

      <div className="wrap-up__row">
        <CheckedField
          label="Hands-on minutes"
          inputMode="numeric"
          value={details.handsOnMinutes}
          problem={minutesWrong}
          onChange={(event) => set({ handsOnMinutes: event.target.value })}
        />
        <CheckedField
          label="Pain before (0-10)"
          inputMode="numeric"
          value={details.painBefore}
          problem={beforeProblem}
          onChange={(event) => set({ painBefore: event.target.value })}
        />
        <CheckedField
          label="Pain after (0-10)"
          inputMode="numeric"
          value={details.painAfter}
          problem={afterProblem}
          onChange={(event) => set({ painAfter: event.target.value })}
        />
        <label className="check">
          <input type="checkbox" checked={deepWork} onChange={(event) => set({ deepWork: event.target.checked })} />
          Firm or deep work today (soreness for a day or two is expected)
        </label>
      </div>

      <fieldset>
        <legend>Screening: ask the client to check with a doctor before the next session</legend>
        <div className="region-checks">
          {screeningQuestions.map(({ id, label }) => (
            <label key={id} className="check">
              <input type="checkbox" checked={details.cautions.includes(id)} onChange={(event) => toggleCaution(id, event.target.checked)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>When to come back</legend>
        <div className="region-checks">
          <label className="check">
            <input type="radio" name="follow-up" checked={details.followUpPlan === null} onChange={() => set({ followUpPlan: null })} />
            No plan on the sheet
          </label>
          {followUpPlans.map((plan) => (
            <label key={plan} className="check">
              <input type="radio" name="follow-up" checked={details.followUpPlan === plan} onChange={() => set({ followUpPlan: plan })} />
              {plan.charAt(0).toUpperCase() + plan.slice(1)}: {followUpAdvice(plan, 'en').title.toLowerCase()}
            </label>
          ))}
        </div>
        <label className="field">
          <span>Next appointment</span>
          <input type="datetime-local" value={details.nextAppointment} onChange={(event) => set({ nextAppointment: event.target.value })} />
        </label>
      </fieldset>

      <label className="field">
        <span>A note for the client</span>
        <textarea rows={3} maxLength={4000} value={details.note} onChange={(event) => set({ note: event.target.value })} />
      </label>

      <button type="submit" className="big-button big-button--primary">
        Write the handout
      </button>
    </form>
  );
}

import { useMemo, useState } from 'react';
import { handoutStretch } from '../../shared/handout/compose';
import { sectionNames, type PrintOptions } from '../../shared/handout/document';
import type { LibraryStretch } from '../../shared/handout/library';
import { screeningQuestions, type ScreeningId } from '../../shared/screening/catalogue';
import { DEFAULT_LANGUAGE, languageChoiceLabel, languageNamesInEnglish, type Language } from '../../shared/i18n/languages';
import { documentFrom, type Draft } from './draft';
import { HandoutPreview } from './HandoutPreview';
import { PrintBar } from './PrintBar';
import { useTakesLostFocus } from '../forms/useTakesLostFocus';

interface Props {
  draft: Draft;
  onDraft(draft: Draft): void;
  /** The clinic's own texts that have no version in the handout's language, so they print in the clinic's language. */
  untranslated: readonly string[];
  clinicLanguage: Language;
  library: readonly LibraryStretch[];
  /** Conditions the intake flagged (consult or modify): the stretches chosen by area know nothing of them. */
  cautions: readonly ScreeningId[];
  sessionId?: string;
  onBack(): void;
  onGiven(): void;
  onError(message: string): void;
}

const MAX_STRETCHES = 12;

/** Last changes before printing: they touch this handout only, never the template. */
export function HandoutEditor({ draft, onDraft, untranslated, clinicLanguage, library, cautions, sessionId, onBack, onGiven, onError }: Props) {
  const flagged = screeningQuestions.filter((question) => cautions.includes(question.id)).map((question) => question.label);
  const language = draft.base.language ?? DEFAULT_LANGUAGE;
  const [options, setOptions] = useState<PrintOptions>({ paper: 'a4', largePrint: false });
  const [toAdd, setToAdd] = useState('');
  const document = useMemo(() => documentFrom(draft), [draft]);
  const available = library.filter((stretch) => !draft.stretches.some((included) => included.id === stretch.id));

  const toggle = (id: Draft['included'][number], on: boolean): void =>
    onDraft({ ...draft, included: on ? [...draft.included, id] : draft.included.filter((each) => each !== id) });

  // Write the handout replaces the details with this editor: the keyboard carries on from its first control.
  const back = useTakesLostFocus<HTMLButtonElement>();
  // Add stretch is disabled once it has done its job: the stretch it added takes the focus.
  const [added, setAdded] = useState<string | null>(null);
  const addedItem = useTakesLostFocus<HTMLLIElement>(added);

  return (
    <div className="handout-editor">
      <div className="handout-editor__controls">
        <button ref={back} type="button" className="link-button" onClick={onBack}>
          Back to the details
        </button>
        <p className="handout-editor__language">
          Written in {languageChoiceLabel(language)}.
          {untranslated.length > 0
            ? ` Not yet written in ${languageNamesInEnglish[language]}, so printed in ${languageNamesInEnglish[clinicLanguage]}: ${untranslated.join(', ')}. Add a ${languageNamesInEnglish[language]} version under Clinic, templates and stretches.`
            : ''}
        </p>
        {draft.base.sections.map((section) => {
          const on = draft.included.includes(section.id);
          return (
            <fieldset key={section.id} className="section-edit">
              <legend>{sectionNames[section.id]}</legend>
              <label className="check">
                <input type="checkbox" checked={on} onChange={(event) => toggle(section.id, event.target.checked)} />
                Print this section
              </label>
              {on ? (
                <>
                  <label className="field">
                    <span>Heading</span>
                    <input
                      value={draft.headings[section.id] ?? ''}
                      maxLength={120}
                      onChange={(event) => onDraft({ ...draft, headings: { ...draft.headings, [section.id]: event.target.value } })}
                    />
                  </label>
                  <label className="field">
                    <span>Text</span>
                    <textarea
                      rows={Math.min(12, Math.max(3, (draft.texts[section.id] ?? '').split('\n').length + 1))}
                      value={draft.texts[section.id] ?? ''}
                      onChange={(event) => onDraft({ ...draft, texts: { ...draft.texts, [section.id]: event.target.value } })}
                    />
                    <small>Lines starting with "- " are list items; a blank line starts a new paragraph.</small>
                  </label>
                  {section.id === 'stretches' ? (
                    <div className="stretch-edit">
                      {flagged.length > 0 ? (
                        <p role="note" className="handout-editor__caution">
                          The intake noted: {flagged.join('; ')}. Check that each stretch below suits this client before printing.
                        </p>
                      ) : null}
                      <ul aria-label="Stretches on this handout">
                        {draft.stretches.map((stretch) => (
                          <li key={stretch.id} ref={stretch.id === added ? addedItem : undefined} tabIndex={-1}>
                            {stretch.name}{' '}
                            <button
                              type="button"
                              className="link-button"
                              aria-label={`Remove ${stretch.name}`}
                              onClick={() => onDraft({ ...draft, stretches: draft.stretches.filter((each) => each.id !== stretch.id) })}
                            >
                              Remove
                            </button>
                          </li>
                        ))}
                      </ul>
                      {draft.stretches.length === 0 ? (
                        <p className="handout-editor__language">No stretches are on this handout, so the lines about them are left out.</p>
                      ) : null}
                      <label className="field">
                        <span>Add a stretch</span>
                        <select aria-label="Add a stretch" value={toAdd} onChange={(event) => setToAdd(event.target.value)}>
                          <option value="">Choose…</option>
                          {available.map((stretch) => (
                            <option key={stretch.id} value={stretch.id}>
                              {stretch.name}
                            </option>
                          ))}
                        </select>
                      </label>
                      <button
                        type="button"
                        className="link-button"
                        disabled={!toAdd || draft.stretches.length >= MAX_STRETCHES}
                        onClick={() => {
                          const stretch = library.find((each) => each.id === toAdd);
                          if (stretch) onDraft({ ...draft, stretches: [...draft.stretches, handoutStretch(stretch, language, clinicLanguage)] });
                          setAdded(stretch?.id ?? null);
                          setToAdd('');
                        }}
                      >
                        Add stretch
                      </button>
                    </div>
                  ) : null}
                </>
              ) : null}
            </fieldset>
          );
        })}
      </div>
      <div className="handout-editor__preview">
        <PrintBar document={document} options={options} onOptions={setOptions} sessionId={sessionId} onGiven={onGiven} onError={onError} />
        <HandoutPreview document={document} options={options} />
      </div>
    </div>
  );
}

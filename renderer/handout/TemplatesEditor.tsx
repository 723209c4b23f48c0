import { useState, type FormEvent } from 'react';
import { sectionIds, sectionNames, type SectionId } from '../../shared/handout/document';
import { DEFAULT_TEMPLATE_ID, defaultTemplate, type HandoutTemplate } from '../../shared/handout/template';
import { languageNamesInEnglish, type Language } from '../../shared/i18n/languages';
import { described, fieldErrors } from '../bridge/errors';
import { FieldError } from '../clients/FieldError';
import { FormErrors, type FormField } from '../forms/FormErrors';
import { ChangedElsewhere } from '../sync/ChangedElsewhere';
import { TemplateKeptVersions } from './SharedTwoVersions';
import { VersionLanguageSelect } from './VersionLanguageSelect';

interface Props {
  templates: readonly HandoutTemplate[];
  /** Templates saved in two rooms while apart, waiting for a person to settle them. */
  twoVersions?: readonly string[];
  /** The clinic's usual language, the one the opening lines are first written in. */
  clinicLanguage: Language;
  /** Resolves to null once saved, or to what went wrong. */
  onSave(template: Omit<HandoutTemplate, 'id'> & { id?: string }): Promise<unknown>;
  onDelete(id: string): Promise<void>;
}

interface TemplateForm {
  id?: string;
  name: string;
  sections: Record<SectionId, boolean>;
  introLines: string;
  /** The opening lines in other languages, as typed. */
  introByLanguage: Partial<Record<Language, string>>;
  stretchLimit: string;
}

const lines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter(Boolean);

function formFor(template: HandoutTemplate | null): TemplateForm {
  const from = template ?? defaultTemplate;
  const form: TemplateForm = {
    name: template ? from.name : '',
    sections: { ...from.sections },
    introLines: from.introLines.join('\n'),
    introByLanguage: Object.fromEntries(Object.entries(from.introByLanguage ?? {}).map(([language, each]) => [language, each.join('\n')])),
    stretchLimit: String(from.stretchLimit),
  };
  if (template && template.id !== DEFAULT_TEMPLATE_ID) form.id = template.id;
  return form;
}

const nameField: FormField = { id: 'template-name', label: 'Template name' };
const introField: FormField = { id: 'template-intro', label: 'Opening lines' };
const stretchesField: FormField = { id: 'template-stretches', label: 'Stretches to suggest' };

function templateFieldOf(path: string): FormField | undefined {
  if (path === 'name') return nameField;
  if (path === 'stretchLimit') return stretchesField;
  return /^intro(Lines|ByLanguage)\b/.test(path) ? introField : undefined;
}

/** The first message about the opening lines, naming the language when it is about a version in another one. */
function introMessage(errors: Record<string, string>): string | undefined {
  const [path, message] = Object.entries(errors).find(([key]) => templateFieldOf(key) === introField) ?? [];
  const language = /^introByLanguage\.(\w+)/.exec(path ?? '')?.[1] as Language | undefined;
  return language && message ? `${languageNamesInEnglish[language] ?? language}: ${message}` : message;
}

/** Named starting points: which sections print, lines of the therapist's own, how many stretches. */
export function TemplatesEditor({ templates, twoVersions = [], clinicLanguage, onSave, onDelete }: Props) {
  const [form, setForm] = useState<TemplateForm>(formFor(null));
  // The template the form was opened from, as stored then, and whether the therapist has changed the form since.
  const [openedFrom, setOpenedFrom] = useState<HandoutTemplate | null>(null);
  const [edited, setEdited] = useState(false);
  const edit = (next: TemplateForm): void => {
    setEdited(true);
    setForm(next);
  };
  const [failure, setFailure] = useState<unknown>(null);
  const errors = fieldErrors(failure);
  const introError = introMessage(errors);
  const open = (template: HandoutTemplate | null): void => {
    setFailure(null);
    setOpenedFrom(template);
    setEdited(false);
    setForm(formFor(template));
  };
  // Another room saved the template open here: an untouched form starts again from that version.
  const stored = openedFrom ? templates.find((template) => template.id === openedFrom.id) : undefined;
  const changedElsewhere = stored !== undefined && JSON.stringify(stored) !== JSON.stringify(openedFrom);
  if (changedElsewhere && !edited) open(stored);
  const [editing, setEditing] = useState<Language>(clinicLanguage);
  const inUsual = editing === clinicLanguage;
  const versions = Object.entries(form.introByLanguage)
    .filter(([language, text]) => language !== clinicLanguage && lines(text ?? '').length > 0)
    .map(([language, text]) => [language, lines(text ?? '')]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const failed = await onSave({
      ...(form.id ? { id: form.id } : {}),
      name: form.name.trim(),
      sections: form.sections,
      introLines: lines(form.introLines),
      ...(versions.length > 0 ? { introByLanguage: Object.fromEntries(versions) } : {}),
      stretchLimit: Number(form.stretchLimit),
    });
    if (failed) setFailure(failed);
    else open(null);
  }

  return (
    <div className="settings-card">
      <h2>Handout templates</h2>
      <ul aria-label="Templates">
        {templates.map((template) => (
          <li key={template.id}>
            {template.name}
            {twoVersions.includes(template.id) ? ' (two versions)' : ''}
            {template.id === DEFAULT_TEMPLATE_ID ? (
              ' (built in)'
            ) : (
              <>
                {' '}
                <button type="button" className="link-button" aria-label={`Edit ${template.name}`} onClick={() => open(template)}>
                  Edit
                </button>{' '}
                <button type="button" className="link-button" aria-label={`Delete ${template.name}`} onClick={() => void onDelete(template.id)}>
                  Delete
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <form noValidate aria-label="Template" onSubmit={(event) => void submit(event)}>
        <h3>{form.id ? `Edit ${form.name}` : 'New template'}</h3>
        <FormErrors error={failure} fieldOf={templateFieldOf} />
        {form.id && stored ? <TemplateKeptVersions key={`${form.id}-${stored.writtenBy?.revision ?? 0}`} id={form.id} /> : null}
        {changedElsewhere && stored ? (
          <ChangedElsewhere message={`“${stored.name}” was just changed in another room.`} onShowThatVersion={() => open(stored)} />
        ) : null}
        <label className="field">
          <span>Template name</span>
          <input
            id={nameField.id}
            required
            maxLength={80}
            value={form.name}
            onChange={(event) => edit({ ...form, name: event.target.value })}
            {...described(errors, 'name', 'template-name-error')}
          />
        </label>
        <FieldError id="template-name-error" message={errors.name} />
        <fieldset>
          <legend>Sections to print</legend>
          <div className="region-checks">
            {sectionIds.map((id) => (
              <label key={id} className="check check--small">
                <input
                  type="checkbox"
                  checked={form.sections[id]}
                  onChange={(event) => edit({ ...form, sections: { ...form.sections, [id]: event.target.checked } })}
                />
                {sectionNames[id]}
              </label>
            ))}
          </div>
        </fieldset>
        <VersionLanguageSelect
          label="Language of the template's lines"
          usual={clinicLanguage}
          value={editing}
          onChange={setEditing}
          isWritten={(language) => lines(form.introByLanguage[language] ?? '').length > 0}
        />
        <label className="field">
          <span>Opening lines, one per line{inUsual ? '' : ` (${languageNamesInEnglish[editing]})`}</span>
          <textarea
            id={introField.id}
            rows={2}
            {...(introError ? { 'aria-invalid': true, 'aria-describedby': 'template-intro-error' } : {})}
            value={inUsual ? form.introLines : (form.introByLanguage[editing] ?? '')}
            onChange={(event) =>
              edit(
                inUsual
                  ? { ...form, introLines: event.target.value }
                  : { ...form, introByLanguage: { ...form.introByLanguage, [editing]: event.target.value } },
              )
            }
          />
          {inUsual ? null : <small>Left empty, handouts in {languageNamesInEnglish[editing]} print the {languageNamesInEnglish[clinicLanguage]} lines.</small>}
        </label>
        <FieldError id="template-intro-error" message={introError} />
        <label className="field">
          <span>Stretches to suggest</span>
          <input
            id={stretchesField.id}
            type="number"
            min={0}
            max={12}
            required
            value={form.stretchLimit}
            onChange={(event) => edit({ ...form, stretchLimit: event.target.value })}
            {...described(errors, 'stretchLimit', 'template-stretches-error')}
          />
        </label>
        <FieldError id="template-stretches-error" message={errors.stretchLimit} />
        <button type="submit" className="big-button">
          {form.id ? 'Save template' : 'Save as a new template'}
        </button>
      </form>
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { sectionIds, sectionNames, type SectionId } from '../../shared/handout/document';
import { DEFAULT_TEMPLATE_ID, defaultTemplate, type HandoutTemplate } from '../../shared/handout/template';

interface Props {
  templates: readonly HandoutTemplate[];
  onSave(template: Omit<HandoutTemplate, 'id'> & { id?: string }): Promise<HandoutTemplate | null>;
  onDelete(id: string): Promise<void>;
}

interface TemplateForm {
  id?: string;
  name: string;
  sections: Record<SectionId, boolean>;
  introLines: string;
  stretchLimit: string;
}

function formFor(template: HandoutTemplate | null): TemplateForm {
  const from = template ?? defaultTemplate;
  const form: TemplateForm = {
    name: template ? from.name : '',
    sections: { ...from.sections },
    introLines: from.introLines.join('\n'),
    stretchLimit: String(from.stretchLimit),
  };
  if (template && template.id !== DEFAULT_TEMPLATE_ID) form.id = template.id;
  return form;
}

/** Named starting points: which sections print, lines of the therapist's own, how many stretches. */
export function TemplatesEditor({ templates, onSave, onDelete }: Props) {
  const [form, setForm] = useState<TemplateForm>(formFor(null));

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const saved = await onSave({
      ...(form.id ? { id: form.id } : {}),
      name: form.name.trim(),
      sections: form.sections,
      introLines: form.introLines.split('\n').map((line) => line.trim()).filter(Boolean),
      stretchLimit: Number(form.stretchLimit),
    });
    if (saved) setForm(formFor(null));
  }

  return (
    <div className="settings-card">
      <h2>Handout templates</h2>
      <ul aria-label="Templates">
        {templates.map((template) => (
          <li key={template.id}>
            {template.name}
            {template.id === DEFAULT_TEMPLATE_ID ? (
              ' (built in)'
            ) : (
              <>
                {' '}
                <button type="button" className="link-button" aria-label={`Edit ${template.name}`} onClick={() => setForm(formFor(template))}>
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
      <form aria-label="Template" onSubmit={(event) => void submit(event)}>
        <h3>{form.id ? `Edit ${form.name}` : 'New template'}</h3>
        <label className="field">
          <span>Template name</span>
          <input required maxLength={80} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} />
        </label>
        <fieldset>
          <legend>Sections to print</legend>
          <div className="region-checks">
            {sectionIds.map((id) => (
              <label key={id} className="check check--small">
                <input
                  type="checkbox"
                  checked={form.sections[id]}
                  onChange={(event) => setForm({ ...form, sections: { ...form.sections, [id]: event.target.checked } })}
                />
                {sectionNames[id]}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          <span>Opening lines, one per line</span>
          <textarea rows={2} value={form.introLines} onChange={(event) => setForm({ ...form, introLines: event.target.value })} />
        </label>
        <label className="field">
          <span>Stretches to suggest</span>
          <input type="number" min={0} max={12} required value={form.stretchLimit} onChange={(event) => setForm({ ...form, stretchLimit: event.target.value })} />
        </label>
        <button type="submit" className="big-button">
          {form.id ? 'Save template' : 'Save as a new template'}
        </button>
      </form>
    </div>
  );
}

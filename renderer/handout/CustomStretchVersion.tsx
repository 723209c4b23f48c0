import { useState, type FormEvent } from 'react';
import type { CustomStretch, CustomStretchWords } from '../../shared/handout/library';
import { languageNamesInEnglish, type Language } from '../../shared/i18n/languages';
import { VersionLanguageSelect } from './VersionLanguageSelect';

interface Props {
  stretch: CustomStretch;
  /** The clinic's usual language: the stretch's own name and steps are in it. */
  usual: Language;
  onSave(stretch: CustomStretch): Promise<boolean>;
}

interface WordsForm {
  name: string;
  steps: string;
  caution: string;
}

function formOf(words: CustomStretchWords | undefined): WordsForm {
  return { name: words?.name ?? '', steps: words?.steps.join('\n') ?? '', caution: words?.caution ?? '' };
}

/** The therapist's own stretch in another language: name, steps and caution, written by them. */
export function CustomStretchVersion({ stretch, usual, onSave }: Props) {
  const [editing, setEditing] = useState<Language>(usual);
  const wordsIn = (language: Language): CustomStretchWords | undefined => (language === usual ? stretch : stretch.byLanguage?.[language]);
  const [form, setForm] = useState<WordsForm>(formOf(wordsIn(usual)));
  const [status, setStatus] = useState('');
  const language = languageNamesInEnglish[editing];

  function choose(next: Language): void {
    setEditing(next);
    setForm(formOf(wordsIn(next)));
    setStatus('');
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const steps = form.steps.split('\n').map((step) => step.trim()).filter(Boolean);
    const words: CustomStretchWords = { name: form.name.trim(), steps, ...(form.caution.trim() ? { caution: form.caution.trim() } : {}) };
    const updated: CustomStretch =
      editing === usual
        ? { ...stretch, name: words.name, steps: words.steps, ...(words.caution ? { caution: words.caution } : { caution: undefined }) }
        : { ...stretch, byLanguage: { ...stretch.byLanguage, [editing]: words } };
    if (!updated.caution) delete updated.caution;
    if (await onSave(updated)) setStatus(`Saved the ${language} version.`);
  }

  return (
    <form noValidate className="stretch-version" aria-label={`Languages of ${stretch.name}`} onSubmit={(event) => void submit(event)}>
      <VersionLanguageSelect
        label={`Language of ${stretch.name}`}
        usual={usual}
        value={editing}
        onChange={choose}
        isWritten={(each) => Boolean(stretch.byLanguage?.[each])}
      />
      <label className="field">
        <span>Name ({language})</span>
        <input required maxLength={120} value={form.name} placeholder={stretch.name} onChange={(event) => setForm({ ...form, name: event.target.value })} />
      </label>
      <label className="field">
        <span>Steps, one per line ({language})</span>
        <textarea required rows={3} value={form.steps} onChange={(event) => setForm({ ...form, steps: event.target.value })} />
      </label>
      <label className="field">
        <span>Caution, optional ({language})</span>
        <input maxLength={500} value={form.caution} onChange={(event) => setForm({ ...form, caution: event.target.value })} />
      </label>
      <button type="submit" className="link-button">
        Save the {language} version
      </button>
      <p role="status">{status}</p>
    </form>
  );
}

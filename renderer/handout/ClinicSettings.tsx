import { writtenBy } from '../../shared/sync/written-by';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { ClinicHeaderWords } from '../../shared/handout/clinic-texts';
import { logoProblem, MAX_LOGO_BYTES } from '../../shared/handout/logo';
import { DEFAULT_LANGUAGE, languageChoiceLabel, languageNamesInEnglish, languages, type Language } from '../../shared/i18n/languages';
import { useToday } from '../shell/useToday';
import { ChangedElsewhere } from '../sync/ChangedElsewhere';
import { VersionLanguageSelect } from './VersionLanguageSelect';
import type { HandoutSettings } from './useHandoutSetup';

interface Props {
  /** As stored: after a save in another room, that room's version. */
  settings: HandoutSettings;
  onSave(settings: HandoutSettings): Promise<boolean>;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

type Clinic = HandoutSettings['clinic'];

function given(text: string | undefined): string | undefined {
  return text?.trim() ? text.trim() : undefined;
}

/** Blank fields and empty versions are left out, so "not written" stays visible as such. */
function tidy(clinic: Clinic): Clinic {
  const out: Clinic = {};
  for (const key of ['name', 'contact', 'therapist', 'logo'] as const) {
    const value = given(clinic[key]);
    if (value) out[key] = value;
  }
  if (clinic.language) out.language = clinic.language;
  const versions = Object.entries(clinic.byLanguage ?? {})
    .map(([language, words]): [string, ClinicHeaderWords] => {
      const kept: ClinicHeaderWords = {};
      const name = given(words?.name);
      const contact = given(words?.contact);
      if (name) kept.name = name;
      if (contact) kept.contact = contact;
      return [language, kept];
    })
    .filter(([language, words]) => language !== out.language && Object.keys(words).length > 0);
  if (versions.length > 0) out.byLanguage = Object.fromEntries(versions);
  return out;
}

/** The header every handout carries: clinic, contact, therapist and an optional logo, with versions in other languages. */
export function ClinicSettings({ settings, onSave }: Props) {
  const today = useToday();
  // Untouched, the form shows the header as stored (another room's save shows at once); once typed in, the
  // typed version, beside the stored one it started from, so a save in another room meanwhile can be told.
  const [typed, setTyped] = useState<{ clinic: Clinic; from: Clinic } | null>(null);
  const clinic = typed?.clinic ?? settings.clinic;
  const setClinic = (next: Clinic): void => setTyped({ clinic: next, from: typed?.from ?? settings.clinic });
  const changedElsewhere = typed !== null && JSON.stringify(typed.from) !== JSON.stringify(settings.clinic);
  const usual = clinic.language ?? DEFAULT_LANGUAGE;
  const [editing, setEditing] = useState<Language>(usual);
  const inUsual = editing === usual;
  const version = clinic.byLanguage?.[editing] ?? {};
  const words: ClinicHeaderWords = inUsual ? clinic : version;
  const setWords = (patch: ClinicHeaderWords): void =>
    setClinic(inUsual ? { ...clinic, ...patch } : { ...clinic, byLanguage: { ...clinic.byLanguage, [editing]: { ...version, ...patch } } });
  const [logoMessage, setLogoMessage] = useState('');
  const [saved, setSaved] = useState('');

  async function chooseLogo(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_LOGO_BYTES) {
      setLogoMessage(`That image is too large (at most ${MAX_LOGO_BYTES / 1024} KB).`);
      return;
    }
    const dataUrl = await readAsDataUrl(file);
    const problem = logoProblem(dataUrl);
    setLogoMessage(problem ?? 'Logo ready; save to keep it.');
    if (!problem) setClinic({ ...clinic, logo: dataUrl });
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (await onSave({ ...settings, clinic: tidy(clinic) })) {
      setSaved('Clinic details saved.');
      setLogoMessage('');
      setTyped(null);
    }
  }

  return (
    <form className="settings-card" aria-label="Clinic details" onSubmit={(event) => void submit(event)}>
      <h2>Clinic details</h2>
      {settings.writtenBy ? <p>Last saved: {writtenBy(settings.writtenBy.room, settings.writtenBy.at, today)}</p> : null}
      {changedElsewhere ? (
        <ChangedElsewhere
          message="The clinic details were just changed in another room. Saving keeps your changes instead."
          onShowThatVersion={() => {
            setTyped(null);
            setLogoMessage('');
          }}
        />
      ) : null}
      <label className="field">
        <span>Usual language</span>
        <select
          aria-label="Usual language"
          value={usual}
          onChange={(event) => {
            const language = event.target.value as Language;
            setClinic({ ...clinic, language });
            setEditing(language);
          }}
        >
          {languages.map((language) => (
            <option key={language} value={language}>
              {languageChoiceLabel(language)}
            </option>
          ))}
        </select>
        <small>Your own texts are written in it, and clients with no language of their own get handouts in it.</small>
      </label>
      <VersionLanguageSelect
        label="Language of the header text"
        usual={usual}
        value={editing}
        onChange={setEditing}
        isWritten={(language) => Boolean(clinic.byLanguage?.[language]?.name || clinic.byLanguage?.[language]?.contact)}
      />
      <label className="field">
        <span>Clinic name{inUsual ? '' : ` (${languageNamesInEnglish[editing]})`}</span>
        <input value={words.name ?? ''} maxLength={200} placeholder={inUsual ? undefined : clinic.name} onChange={(event) => setWords({ name: event.target.value })} />
      </label>
      <label className="field">
        <span>Contact (address, phone, email){inUsual ? '' : ` (${languageNamesInEnglish[editing]})`}</span>
        <textarea
          rows={2}
          maxLength={500}
          value={words.contact ?? ''}
          placeholder={inUsual ? undefined : clinic.contact}
          onChange={(event) => setWords({ contact: event.target.value })}
        />
        {inUsual ? null : <small>Left empty, handouts in {languageNamesInEnglish[editing]} print the {languageNamesInEnglish[usual]} text.</small>}
      </label>
      <label className="field">
        <span>Therapist name</span>
        <input value={clinic.therapist ?? ''} maxLength={200} onChange={(event) => setClinic({ ...clinic, therapist: event.target.value })} />
      </label>
      <div className="logo-edit">
        {clinic.logo ? <img className="logo-edit__image" src={clinic.logo} alt="Current logo" /> : null}
        <label className="field">
          <span>Logo (PNG, JPEG or SVG, up to {MAX_LOGO_BYTES / 1024} KB)</span>
          <input type="file" accept="image/png,image/jpeg,image/svg+xml" onChange={(event) => void chooseLogo(event)} />
        </label>
        {clinic.logo ? (
          <button type="button" className="link-button" onClick={() => setClinic({ ...clinic, logo: undefined })}>
            Remove logo
          </button>
        ) : null}
        {logoMessage ? <p role="status">{logoMessage}</p> : null}
      </div>
      <button type="submit" className="big-button big-button--primary">
        Save clinic details
      </button>
      <p role="status">{saved}</p>
    </form>
  );
}

import { languageChoiceLabel, languageNamesInEnglish, languages, type Language } from '../../shared/i18n/languages';

interface Props {
  label: string;
  /** The clinic's usual language: the texts written first, used wherever no version exists. */
  usual: Language;
  value: Language;
  onChange(language: Language): void;
  /** Whether this text has a version in that language. */
  isWritten(language: Language): boolean;
}

/** "Spanish (Español): not written yet, English prints": each language marked with what a handout in it will print. */
export function versionMark(language: Language, usual: Language, written: boolean): string {
  if (language === usual) return `${languageChoiceLabel(language)}: the usual language`;
  return written ? `${languageChoiceLabel(language)}: written` : `${languageChoiceLabel(language)}: not written yet, ${languageNamesInEnglish[usual]} prints`;
}

/** Chooses which language's version of a clinic text the fields below edit. */
export function VersionLanguageSelect({ label, usual, value, onChange, isWritten }: Props) {
  return (
    <label className="field">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value as Language)}>
        {languages.map((language) => (
          <option key={language} value={language}>
            {versionMark(language, usual, isWritten(language))}
          </option>
        ))}
      </select>
    </label>
  );
}

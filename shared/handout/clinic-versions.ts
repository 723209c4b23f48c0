import type { z } from 'zod';
import type { handoutSettingsSchema } from '../contract/handout-schemas';
import { languageNamesInEnglish, type Language } from '../i18n/languages';
import { fieldPart, given, type VersionPart } from '../sync/version-parts';
import { stretchLibrary } from './content/stretches';

type ClinicRecord = z.output<typeof handoutSettingsSchema>;
type Header = ClinicRecord['clinic'];

/** One line of the clinic header, taken on its own from either version. */
function headerPart<K extends keyof Header & string>(key: K, label: string, text: (value: Header[K]) => string): VersionPart<ClinicRecord> {
  const part = fieldPart<Header, K>(key, label, text);
  return {
    label,
    get: (record) => part.get(record.clinic),
    take: (record, from) => ({ ...record, clinic: part.take(record.clinic, from.clinic) }),
    text: (record) => part.text(record.clinic),
  };
}

const stretchName = (id: string): string => stretchLibrary.find((stretch) => stretch.id === id)?.name ?? id;

/** The clinic header and stretch library's parts as two versions are compared and combined on the "two versions" screen. */
export const clinicParts: readonly VersionPart<ClinicRecord>[] = [
  headerPart('name', 'Clinic name', given),
  headerPart('contact', 'Contact', given),
  headerPart('therapist', 'Therapist name', given),
  // Two logos cannot be told apart in words: their size at least says they differ.
  headerPart('logo', 'Logo', (logo) => (logo ? `A logo (${Math.ceil(logo.length / 1024)} KB)` : 'No logo')),
  headerPart('language', 'Usual language', (language) => (language ? languageNamesInEnglish[language] : 'Not chosen')),
  headerPart('byLanguage', 'Header in other languages', (byLanguage) => {
    const written = Object.entries(byLanguage ?? {}).map(([language, words]) => `${languageNamesInEnglish[language as Language]}: ${[words?.name, words?.contact].filter(Boolean).join(', ')}`);
    return written.length > 0 ? written.join('; ') : 'None';
  }),
  fieldPart<ClinicRecord, 'hiddenStretchIds'>('hiddenStretchIds', 'Built-in stretches hidden', (ids) => (ids.length > 0 ? ids.map(stretchName).join(', ') : 'None')),
  fieldPart<ClinicRecord, 'customStretches'>('customStretches', 'Your own stretches', (stretches) =>
    stretches.length > 0 ? stretches.map((stretch) => stretch.name).join(', ') : 'None',
  ),
];

/** The languages a handout can be written in; the screens can follow the same list later. */
export const languages = ['en', 'es', 'fr', 'de', 'pt-BR'] as const;
export type Language = (typeof languages)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language in its own words, for a client to recognise. */
export const languageNames: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  'pt-BR': 'Português (Brasil)',
};

/** Each language named in English, for the therapist's screens (which are in English for now). */
export const languageNamesInEnglish: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  'pt-BR': 'Portuguese (Brazil)',
};

/** The locale Intl writes dates and times in for a handout in this language. */
export const languageLocales: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  es: 'es-ES',
  fr: 'fr-FR',
  de: 'de-DE',
  'pt-BR': 'pt-BR',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** "Spanish (Español)": what a language selector shows the therapist. */
export function languageChoiceLabel(language: Language): string {
  const english = languageNamesInEnglish[language];
  const own = languageNames[language];
  return english === own ? english : `${english} (${own})`;
}

import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import type { StretchWords } from './content/stretch';
import type { LibraryStretch } from './library';
import type { ClinicHeader } from './source';
import type { HandoutTemplate } from './template';

/*
 * The clinic's own words (header, template lines, custom stretches) are
 * written in the clinic's default language and may have a version per
 * language. A handout uses its language's version, else the default one.
 */

export type Versions<T> = Partial<Record<Language, T>>;

export interface ClinicHeaderWords {
  name?: string;
  contact?: string;
}

/** The clinic's default language: the one its own texts are written in. */
export function clinicLanguage(clinic: Pick<ClinicHeader, 'language'>): Language {
  return clinic.language ?? DEFAULT_LANGUAGE;
}

/** The version for this language, or the default text when there is none (or this is the default language). */
export function pick<T>(base: T, versions: Versions<T> | undefined, language: Language, defaultLanguage: Language): T {
  if (language === defaultLanguage) return base;
  return versions?.[language] ?? base;
}

export function headerIn(clinic: ClinicHeader, language: Language): ClinicHeaderWords {
  const base: ClinicHeaderWords = {};
  if (clinic.name !== undefined) base.name = clinic.name;
  if (clinic.contact !== undefined) base.contact = clinic.contact;
  const version = language === clinicLanguage(clinic) ? undefined : clinic.byLanguage?.[language];
  return version ? { ...base, ...version } : base;
}

export function introIn(template: HandoutTemplate, language: Language, defaultLanguage: Language): string[] {
  return pick(template.introLines, template.introByLanguage, language, defaultLanguage);
}

export function customStretchWordsIn(stretch: LibraryStretch, language: Language, defaultLanguage: Language): StretchWords {
  const base: StretchWords = stretch.caution ? { name: stretch.name, steps: stretch.steps, caution: stretch.caution } : { name: stretch.name, steps: stretch.steps };
  return pick(base, stretch.byLanguage, language, defaultLanguage);
}

/**
 * The clinic texts a handout in this language would print in the clinic's
 * default language, because no version was written: said to the therapist,
 * so a handout never mixes languages unnoticed.
 */
export function untranslatedClinicTexts(
  language: Language,
  parts: { clinic: ClinicHeader; template: HandoutTemplate; stretches: readonly LibraryStretch[] },
): string[] {
  const defaultLanguage = clinicLanguage(parts.clinic);
  if (language === defaultLanguage) return [];
  const missing: string[] = [];
  const header = parts.clinic.byLanguage?.[language];
  if (parts.clinic.name?.trim() && !header?.name) missing.push('the clinic name');
  if (parts.clinic.contact?.trim() && !header?.contact) missing.push('the clinic contact');
  if (parts.template.introLines.length > 0 && !parts.template.introByLanguage?.[language]) missing.push(`the opening lines of "${parts.template.name}"`);
  for (const stretch of parts.stretches) {
    if (stretch.custom && !stretch.byLanguage?.[language]) missing.push(`the stretch "${stretch.name}"`);
  }
  return missing;
}

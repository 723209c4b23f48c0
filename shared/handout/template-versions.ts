import { languageNamesInEnglish, type Language } from '../i18n/languages';
import { fieldPart, type VersionPart } from '../sync/version-parts';
import { sectionIds, sectionNames } from './document';
import type { HandoutTemplate } from './template';

const lines = (text: readonly string[] | undefined): string => (text?.length ? text.join(' / ') : 'None');

/** A handout template's parts as two versions are compared and combined on the "two versions" screen. */
export const templateParts: readonly VersionPart<HandoutTemplate>[] = [
  fieldPart<HandoutTemplate, 'name'>('name', 'Name', (name) => name),
  fieldPart<HandoutTemplate, 'sections'>('sections', 'Sections to print', (sections) => {
    const printed = sectionIds.filter((id) => sections[id]).map((id) => sectionNames[id]);
    return printed.length > 0 ? printed.join(', ') : 'None';
  }),
  fieldPart<HandoutTemplate, 'introLines'>('introLines', 'Opening lines', lines),
  fieldPart<HandoutTemplate, 'introByLanguage'>('introByLanguage', 'Opening lines in other languages', (byLanguage) => {
    const written = Object.entries(byLanguage ?? {}).map(([language, each]) => `${languageNamesInEnglish[language as Language]}: ${lines(each)}`);
    return written.length > 0 ? written.join('; ') : 'None';
  }),
  fieldPart<HandoutTemplate, 'stretchLimit'>('stretchLimit', 'Stretches to suggest', (limit) => String(limit)),
];

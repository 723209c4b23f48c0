import type { Language } from '../i18n/languages';
import { translator } from '../i18n/translate';
import type { PressureResponse } from '../pressure/log';
import type { TechniqueId } from '../pressure/techniques';

type PressureWord = 'veryLight' | 'light' | 'medium' | 'firm' | 'veryFirm';

function pressureWord(level: number): PressureWord {
  return level <= 2 ? 'veryLight' : level <= 4 ? 'light' : level <= 6 ? 'medium' : level <= 8 ? 'firm' : 'veryFirm';
}

/**
 * The pressure log in words a client reads at home: no clinical names, the
 * number kept beside the word so it matches what was said on the table.
 */
export function pressureWords(level: number, language: Language = 'en'): string {
  const words = translator(language);
  return words.text('handout.today.pressureLevel', { word: words.text(`handout.pressure.${pressureWord(level)}`), level });
}

/** "firm (7 of 10) pressure", in the order the language puts it. */
export function areaPressureWords(level: number, language: Language): string {
  const words = translator(language);
  return words.text('handout.today.areaPressure', { word: words.text(`handout.pressure.${pressureWord(level)}`), level });
}

/** What the client told us, said back to them. */
export function responseWords(response: PressureResponse, language: Language): string {
  return translator(language).text(`handout.responses.${response}`);
}

export function techniqueWords(technique: TechniqueId, language: Language): string {
  return translator(language).text(`handout.techniques.${technique}`);
}

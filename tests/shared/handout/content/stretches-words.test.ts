import { describe, expect, it } from 'vitest';
import { composeHandout } from '../../../../shared/handout/compose';
import { stretchLibrary, stretchWords } from '../../../../shared/handout/content/stretches';
import type { HandoutDocument } from '../../../../shared/handout/document';
import { defaultTemplate } from '../../../../shared/handout/template';
import { languages } from '../../../../shared/i18n/languages';
import { sampleSource } from '../../../helpers/handout';

// The words a client reads for each built-in stretch, in every language a handout is printed in.

describe.each(languages)('the stretch words in %s', (language) => {
  it('give every built-in stretch a name and three to five steps, each a whole sentence with nothing left to fill in', () => {
    for (const stretch of stretchLibrary) {
      const words = stretchWords(stretch.id, language);
      expect(words, stretch.id).toBeDefined();
      expect(words?.name.trim(), stretch.id).not.toBe('');
      expect(words?.steps.length, stretch.id).toBeGreaterThanOrEqual(3);
      expect(words?.steps.length, stretch.id).toBeLessThanOrEqual(5);
      for (const line of [...(words?.steps ?? []), ...(words?.caution === undefined ? [] : [words.caution])]) {
        expect(line, stretch.id).toMatch(/^[¡¿]?\p{Lu}.*[.!]$/u);
        expect(line, stretch.id).not.toMatch(/[{}]|undefined/);
      }
    }
  });

  it('give each stretch a name of its own', () => {
    const names = stretchLibrary.map((stretch) => stretchWords(stretch.id, language)?.name);
    expect(new Set(names).size).toBe(stretchLibrary.length);
  });

  it('warn about a stretch exactly where the English words do', () => {
    for (const stretch of stretchLibrary) {
      const words = stretchWords(stretch.id, language);
      expect(words?.caution === undefined, stretch.id).toBe(stretch.caution === undefined);
    }
    expect(stretchLibrary.some((stretch) => stretch.caution !== undefined)).toBe(true);
  });

  it('have nothing for a stretch the catalogs do not know, such as a clinic’s own', () => {
    expect(stretchWords('clinic-own-towel-roll', language)).toBeUndefined();
  });
});

describe('a printed handout', () => {
  function stretchesIn(doc: HandoutDocument) {
    const section = doc.sections.find((each) => each.id === 'stretches');
    return section?.stretches ?? [];
  }

  it('prints a stretch’s caution under it, in the handout’s language', () => {
    for (const language of languages) {
      const doc = composeHandout(sampleSource({ language, areasWorked: [{ region: 'neck', techniques: ['petrissage'], pressure: 5 }] }), defaultTemplate);
      const tilt = stretchesIn(doc).find((stretch) => stretch.id === 'side-neck-tilt');
      expect(tilt, language).toBeDefined();
      expect(tilt?.caution, language).toBe(stretchWords('side-neck-tilt', language)?.caution);
      expect(tilt?.caution, language).toBeTruthy();
    }
  });
});

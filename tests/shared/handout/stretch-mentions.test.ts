import { describe, expect, it } from 'vitest';
import { composeHandout } from '../../../shared/handout/compose';
import type { HandoutBlock, HandoutDocument } from '../../../shared/handout/document';
import { fitToStretches } from '../../../shared/handout/stretch-mentions';
import { defaultTemplate, type HandoutTemplate } from '../../../shared/handout/template';
import { languages, type Language } from '../../../shared/i18n/languages';
import { sampleSource } from '../../helpers/handout';

/** How each language names stretching, in any of its forms. */
const stretchWord: Record<Language, RegExp> = {
  en: /stretch/i,
  es: /estir/i,
  fr: /étir/i,
  de: /dehn/i,
  'pt-BR': /along/i,
};

/** "(see below)", pointing at the heat and cold advice in the care section. */
const seeBelow: Record<Language, RegExp> = {
  en: /see below/i,
  es: /más abajo/i,
  fr: /plus bas/i,
  de: /siehe unten/i,
  'pt-BR': /veja abaixo/i,
};

function blockText(block: HandoutBlock): string {
  return block.kind === 'paragraph' ? block.text : [block.title ?? '', ...block.items.map((item) => `${item.label ?? ''} ${item.text}`)].join(' ');
}

/** Every word the sheet prints in its sections. */
function sheetText(doc: HandoutDocument): string {
  return doc.sections.flatMap((section) => [section.heading, ...section.blocks.map(blockText), ...(section.stretches ?? []).map((stretch) => stretch.name)]).join(' ');
}

const noStretchesTemplate: HandoutTemplate = { ...defaultTemplate, sections: { ...defaultTemplate.sections, stretches: false } };

describe('the handout speaks of stretches only when the sheet holds some', () => {
  for (const language of languages) {
    for (const deepWork of [true, false]) {
      const kind = deepWork ? 'deep' : 'light';

      it(`${language}, ${kind} work: no areas worked, so no stretches and no word of them`, () => {
        const doc = composeHandout(sampleSource({ language, deepWork, areasWorked: [] }), defaultTemplate);
        expect(doc.sections.some((section) => section.stretches?.length)).toBe(false);
        expect(sheetText(doc)).not.toMatch(stretchWord[language]);
      });

      it(`${language}, ${kind} work: a template that prints no stretches says nothing of them`, () => {
        const doc = composeHandout(sampleSource({ language, deepWork }), noStretchesTemplate);
        expect(sheetText(doc)).not.toMatch(stretchWord[language]);
      });

      it(`${language}, ${kind} work: with stretches on the sheet, the advice on what to do points the client to them`, () => {
        const doc = composeHandout(sampleSource({ language, deepWork }), defaultTemplate);
        const care = doc.sections.find((section) => section.id === 'care')!;
        expect(care.blocks.map(blockText).join(' ')).toMatch(stretchWord[language]);
      });

      it(`${language}, ${kind} work: when the therapist takes every stretch off, the words about them go too`, () => {
        const composed = composeHandout(sampleSource({ language, deepWork }), defaultTemplate);
        const emptied = {
          ...composed,
          sections: composed.sections.map((section) => (section.id === 'stretches' ? { ...section, stretches: [] } : section)),
        };
        const fitted = fitToStretches(emptied);
        expect(sheetText(fitted)).not.toMatch(stretchWord[language]);
        expect(fitted.sections.map((section) => section.id)).not.toContain('stretches');
      });
    }

    it(`${language}: the soreness advice points to no heat and cold advice when the care section is not printed`, () => {
      const template: HandoutTemplate = { ...defaultTemplate, sections: { ...defaultTemplate.sections, care: false } };
      expect(sheetText(composeHandout(sampleSource({ language }), template))).not.toMatch(seeBelow[language]);
    });
  }

  it('keeps the therapist’s own words about stretches and the sheet whole when it holds stretches', () => {
    const doc = composeHandout(sampleSource(), defaultTemplate);
    const own: HandoutDocument = {
      ...doc,
      sections: doc.sections.map((section) =>
        section.id === 'note' ? { ...section, blocks: [{ kind: 'paragraph', text: 'Stretch your calves after each run.' }] } : section,
      ),
    };
    expect(fitToStretches(own)).toEqual(own);
    const emptied = { ...own, sections: own.sections.map((section) => (section.id === 'stretches' ? { ...section, stretches: [] } : section)) };
    expect(sheetText(fitToStretches(emptied))).toContain('Stretch your calves after each run.');
  });
});

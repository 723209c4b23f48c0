import { describe, expect, it } from 'vitest';
import { defaultTemplate, type HandoutTemplate } from '../../../shared/handout/template';
import { templateParts } from '../../../shared/handout/template-versions';
import { combineParts, differingParts } from '../../../shared/sync/version-parts';

const screen = (template: HandoutTemplate) => templateParts.map((part) => [part.label, part.text(template)]);

const welcome: HandoutTemplate = {
  ...defaultTemplate,
  id: 'welcome',
  name: 'Welcome',
  sections: { ...defaultTemplate.sections, stretches: false, note: false },
  introLines: ['Thank you for coming in today.', 'Call us with any question.'],
  introByLanguage: { es: ['Gracias por venir hoy.'], fr: ['Merci de votre visite.', 'Appelez-nous.'] },
  stretchLimit: 2,
};

describe('two versions of a handout template, as the therapist compares them', () => {
  it('reads every part in words: sections by name in print order, opening lines per language, how many stretches', () => {
    expect(screen(welcome)).toEqual([
      ['Name', 'Welcome'],
      ['Sections to print', 'What we did today, What to expect, When to call a doctor, Do and avoid (24-48 hours), When to come back'],
      ['Opening lines', 'Thank you for coming in today. / Call us with any question.'],
      ['Opening lines in other languages', 'Spanish: Gracias por venir hoy.; French: Merci de votre visite. / Appelez-nous.'],
      ['Stretches to suggest', '2'],
    ]);
  });

  it('says "None" where a version prints no section and has no opening lines', () => {
    const bare: HandoutTemplate = { ...defaultTemplate, sections: Object.fromEntries(Object.keys(defaultTemplate.sections).map((id) => [id, false])) as HandoutTemplate['sections'] };
    expect(screen(bare).slice(1, 4)).toEqual([
      ['Sections to print', 'None'],
      ['Opening lines', 'None'],
      ['Opening lines in other languages', 'None'],
    ]);
  });

  it('takes the chosen parts from the other version and keeps the rest', () => {
    expect(differingParts(templateParts, welcome, defaultTemplate).map((part) => part.label)).toEqual(templateParts.map((part) => part.label));
    const limit = templateParts.find((part) => part.label === 'Stretches to suggest')!;
    expect(combineParts(welcome, defaultTemplate, [limit])).toEqual({ ...welcome, stretchLimit: 4 });
  });
});

import { describe, expect, it } from 'vitest';
import { handoutSettingsSchema, handoutTemplateSchema } from '../../../shared/contract/handout-schemas';
import { untranslatedClinicTexts } from '../../../shared/handout/clinic-texts';
import { composeHandout } from '../../../shared/handout/compose';
import { therapistLibrary, type CustomStretch } from '../../../shared/handout/library';
import { defaultTemplate, type HandoutTemplate } from '../../../shared/handout/template';
import { sampleSource } from '../../helpers/handout';

const stairs: CustomStretch = {
  id: 'custom-stair',
  name: 'Stair calf drop',
  regions: ['calves'],
  steps: ['Stand on a step.'],
  holdSeconds: 20,
  repetitions: 2,
  perSide: true,
  byLanguage: { es: { name: 'Talón en el escalón', steps: ['Póngase de pie en un escalón.'], caution: 'Sujétese a la barandilla.' } },
};

const welcome: HandoutTemplate = {
  ...defaultTemplate,
  id: 'welcome',
  name: 'Welcome',
  introLines: ['Thank you for coming in today.'],
  introByLanguage: { es: ['Gracias por venir hoy.'] },
};

const clinic = {
  name: 'Stillwater Bodywork',
  contact: 'Call us on 555 0100',
  language: 'en' as const,
  byLanguage: { es: { contact: 'Llámenos al 555 0100' } },
};

function compose(language: 'en' | 'es' | 'fr') {
  const library = therapistLibrary({ hiddenStretchIds: [], customStretches: [stairs] });
  return composeHandout(sampleSource({ language, clinic, areasWorked: [{ region: 'calves', techniques: [] }] }), { ...welcome, stretchLimit: 12 }, { library });
}

describe("the clinic's own texts in the handout's language", () => {
  it('uses the version written for the language: header, opening lines and custom stretches', () => {
    const doc = compose('es');
    expect(doc.clinicContact).toBe('Llámenos al 555 0100');
    expect(doc.clinicName).toBe('Stillwater Bodywork');
    expect(doc.intro).toEqual(['Gracias por venir hoy.']);
    const custom = doc.sections.find((each) => each.id === 'stretches')?.stretches?.find((stretch) => stretch.id === 'custom-stair');
    expect(custom).toMatchObject({ name: 'Talón en el escalón', steps: ['Póngase de pie en un escalón.'], caution: 'Sujétese a la barandilla.' });
  });

  it("falls back to the clinic's default language where no version was written", () => {
    const doc = compose('fr');
    expect(doc.clinicContact).toBe('Call us on 555 0100');
    expect(doc.intro).toEqual(['Thank you for coming in today.']);
    const custom = doc.sections.find((each) => each.id === 'stretches')?.stretches?.find((stretch) => stretch.id === 'custom-stair');
    expect(custom?.name).toBe('Stair calf drop');
  });

  it('uses the default text in the default language, whatever versions exist', () => {
    expect(compose('en').clinicContact).toBe('Call us on 555 0100');
  });

  it('tells the therapist which texts will print in the default language', () => {
    const library = therapistLibrary({ hiddenStretchIds: [], customStretches: [stairs] });
    const parts = { clinic, template: welcome, stretches: library.filter((stretch) => stretch.id === 'custom-stair' || stretch.id === 'wall-calf') };
    expect(untranslatedClinicTexts('fr', parts)).toEqual(['the clinic name', 'the clinic contact', 'the opening lines of "Welcome"', 'the stretch "Stair calf drop"']);
    expect(untranslatedClinicTexts('es', parts)).toEqual(['the clinic name']);
    expect(untranslatedClinicTexts('en', parts)).toEqual([]);
  });

  it('stores versions per language and refuses a language it does not know', () => {
    const settings = { clinic, hiddenStretchIds: [], customStretches: [stairs] };
    expect(handoutSettingsSchema.safeParse(settings).success).toBe(true);
    expect(handoutSettingsSchema.safeParse({ ...settings, clinic: { ...clinic, byLanguage: { it: { contact: 'Chiamaci' } } } }).success).toBe(false);
    expect(handoutTemplateSchema.safeParse(welcome).success).toBe(true);
    expect(handoutTemplateSchema.safeParse({ ...welcome, introByLanguage: { es: [' '] } }).success).toBe(false);
  });

  it('for a clinic that writes in Spanish, the Spanish handout prints its main texts and the English one its English versions', () => {
    const spanishClinic = {
      name: 'Aguas Quietas',
      contact: 'Llámenos al 555 0100',
      language: 'es' as const,
      byLanguage: { en: { name: 'Stillwater' }, es: { name: 'Una versión olvidada' } },
    };
    const template: HandoutTemplate = { ...welcome, introLines: ['Gracias por venir hoy.'], introByLanguage: { en: ['Thank you for coming in today.'], es: ['Una versión olvidada.'] } };
    const own: CustomStretch = { ...stairs, name: 'Talón en el escalón', caution: 'Sujétese a la barandilla.', byLanguage: { es: { name: 'Otra versión', steps: ['Otro paso.'] } } };
    const library = therapistLibrary({ hiddenStretchIds: [], customStretches: [own] });
    const write = (language: 'en' | 'es') =>
      composeHandout(sampleSource({ language, clinic: spanishClinic, areasWorked: [{ region: 'calves', techniques: [] }] }), { ...template, stretchLimit: 12 }, { library });
    const spanish = write('es');
    expect(spanish).toMatchObject({ clinicName: 'Aguas Quietas', clinicContact: 'Llámenos al 555 0100', intro: ['Gracias por venir hoy.'] });
    expect(spanish.sections.find((each) => each.id === 'stretches')?.stretches?.find((stretch) => stretch.id === 'custom-stair')).toMatchObject({
      name: 'Talón en el escalón',
      steps: ['Stand on a step.'],
      caution: 'Sujétese a la barandilla.',
    });
    expect(write('en')).toMatchObject({ clinicName: 'Stillwater', clinicContact: 'Llámenos al 555 0100', intro: ['Thank you for coming in today.'] });
  });

  it('names only the texts that exist and have no version, even for a clinic that wrote no versions at all', () => {
    const plain = therapistLibrary({ hiddenStretchIds: [], customStretches: [{ ...stairs, byLanguage: undefined }] }).filter((stretch) => stretch.custom);
    expect(untranslatedClinicTexts('fr', { clinic: { name: 'Stillwater', contact: '555 0100' }, template: { ...welcome, introByLanguage: undefined }, stretches: plain })).toEqual([
      'the clinic name',
      'the clinic contact',
      'the opening lines of "Welcome"',
      'the stretch "Stair calf drop"',
    ]);
    expect(untranslatedClinicTexts('fr', { clinic: {}, template: defaultTemplate, stretches: [] })).toEqual([]);
    expect(untranslatedClinicTexts('fr', { clinic: { name: '  ', contact: ' ' }, template: defaultTemplate, stretches: [] })).toEqual([]);
    expect(
      untranslatedClinicTexts('fr', { clinic: { name: 'Stillwater', contact: '555 0100', byLanguage: { fr: { name: 'Eau calme', contact: '555 0100' } } }, template: defaultTemplate, stretches: [] }),
    ).toEqual([]);
  });
});

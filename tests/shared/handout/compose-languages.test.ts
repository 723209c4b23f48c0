import { describe, expect, it } from 'vitest';
import { handoutDocumentSchema } from '../../../shared/contract/handout-schemas';
import { composeHandout } from '../../../shared/handout/compose';
import { stretchWords } from '../../../shared/handout/content/stretches';
import type { HandoutDocument, SectionId } from '../../../shared/handout/document';
import { renderHandoutHtml } from '../../../shared/handout/render-html';
import { defaultTemplate } from '../../../shared/handout/template';
import { languages, type Language } from '../../../shared/i18n/languages';
import { catalogs } from '../../../shared/i18n/translate';
import { sampleSource } from '../../helpers/handout';

function compose(language: Language, overrides: Parameters<typeof sampleSource>[0] = {}): HandoutDocument {
  return composeHandout(sampleSource({ language, cautions: ['pregnancy'], ...overrides }), defaultTemplate);
}

function section(doc: HandoutDocument, id: SectionId) {
  return doc.sections.find((each) => each.id === id);
}

/** What each language says for the sample wrap-up: its own words, its own date. */
const expected: Record<Language, { title: string; today: string; date: string; appointment: string; dose: string }> = {
  en: {
    title: 'Aftercare for Maria Okafor',
    today: 'Today we worked on your neck, shoulders and lower back for about 42 minutes.',
    date: 'Sunday',
    appointment: 'Sunday, 29 November 2026 at 14:30.',
    dose: 'Hold for 20 seconds, twice on each side.',
  },
  es: {
    title: 'Cuidados después del masaje para Maria Okafor',
    today: 'Hoy trabajamos el cuello, los hombros y la zona lumbar durante unos 42 minutos.',
    date: 'domingo, 22 de noviembre de 2026',
    appointment: 'domingo, 29 de noviembre de 2026, a las 14:30.',
    dose: 'Mantenga 20 segundos, dos veces de cada lado.',
  },
  fr: {
    title: 'Conseils après le massage pour Maria Okafor',
    today: 'Aujourd’hui, nous avons travaillé sur la nuque, les épaules et le bas du dos pendant environ 42 minutes.',
    date: 'dimanche 22 novembre 2026',
    appointment: 'dimanche 29 novembre 2026 à 14:30.',
    dose: 'Tenez 20 secondes, deux fois de chaque côté.',
  },
  de: {
    title: 'Tipps nach der Massage für Maria Okafor',
    today: 'Heute haben wir etwa 42 Minuten lang diese Bereiche behandelt: Nacken, Schultern und unterer Rücken.',
    date: 'Sonntag, 22. November 2026',
    appointment: 'Sonntag, 29. November 2026 um 14:30 Uhr.',
    dose: '20 Sekunden halten, zweimal auf jeder Seite.',
  },
  'pt-BR': {
    title: 'Cuidados após a massagem para Maria Okafor',
    today: 'Hoje trabalhamos o pescoço, os ombros e a lombar por cerca de 42 minutos.',
    date: 'domingo, 22 de novembro de 2026',
    appointment: 'domingo, 29 de novembro de 2026, às 14:30.',
    dose: 'Segure por 20 segundos, duas vezes de cada lado.',
  },
};

describe.each(languages)('a handout in %s', (language) => {
  const doc = compose(language);
  const words = catalogs[language].handout;

  it('is a valid document that says which language it is in', () => {
    expect(doc.language).toBe(language);
    expect(handoutDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('has its title, what was done and the pain scores in the language', () => {
    expect(doc.title).toBe(expected[language].title);
    const today = section(doc, 'today');
    expect(today?.heading).toBe(words.today.heading);
    expect(today?.blocks[0]).toEqual({ kind: 'paragraph', text: expected[language].today });
    const lines = today?.blocks[1];
    expect(lines?.kind === 'list' ? lines.items.map((item) => item.label) : []).toEqual(
      ['neck', 'shoulders', 'lower-back'].map((region) => catalogs[language].regions.label[region as 'neck']),
    );
  });

  it('prints every section heading from its own catalog', () => {
    expect(doc.sections.map((each) => each.heading)).toEqual([
      words.today.heading,
      words.expect.heading,
      words.doctor.heading,
      words.care.headingDeep,
      words.stretches.heading,
      words.followUp.heading,
      words.note.heading,
    ]);
  });

  it('names, explains and doses each stretch in the language', () => {
    const stretches = section(doc, 'stretches')?.stretches ?? [];
    expect(stretches.length).toBeGreaterThan(0);
    for (const stretch of stretches) {
      const own = stretchWords(stretch.id, language);
      expect(stretch.name).toBe(own?.name);
      expect(stretch.steps).toEqual(own?.steps);
    }
    const html = renderHandoutHtml(doc, { paper: 'a4', largePrint: false });
    expect(html).toContain(expected[language].dose);
  });

  it('keeps the whole doctor section: intro, every warning sign and the screening line', () => {
    const doctor = section(doc, 'doctor');
    expect(doctor?.blocks).toEqual([
      { kind: 'paragraph', text: words.doctor.intro },
      { kind: 'list', items: words.doctor.signs.map((text) => ({ text })) },
      { kind: 'list', title: words.doctor.beforeNextHeading, items: [{ text: words.doctor.cautions.pregnancy }] },
    ]);
  });

  it('writes the session date and the next appointment as the language does', () => {
    const html = renderHandoutHtml(doc, { paper: 'a4', largePrint: false });
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).toContain(expected[language].date);
    const items = section(doc, 'followUp')?.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
    expect(items?.[0]).toEqual({ label: words.followUp.appointmentLabel, text: expected[language].appointment });
  });

  it('leaves a line to write the next appointment on when none is booked', () => {
    const items = section(compose(language, { nextAppointment: undefined }), 'followUp')?.blocks.flatMap((block) =>
      block.kind === 'list' ? block.items : [],
    );
    expect(items?.[0]).toEqual({ label: words.followUp.appointmentLabel, text: words.followUp.appointmentBlank });
  });

  it('leaves no placeholder unfilled', () => {
    const { sections, ...rest } = doc;
    const texts = [
      ...Object.values(rest).map(String),
      ...sections.flatMap((each) => [
        each.heading,
        ...each.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : [block.title ?? '', ...block.items.flatMap((item) => [item.label ?? '', item.text])])),
        ...(each.stretches ?? []).flatMap((stretch) => [stretch.name, stretch.caution ?? '', ...stretch.steps]),
      ]),
    ];
    for (const text of texts) expect(text).not.toMatch(/[{}#]|undefined|NaN/);
  });
});

describe('plurals', () => {
  it.each(languages)('%s says one minute and one second in the singular', (language) => {
    const doc = composeHandout(sampleSource({ language, areasWorked: [], handsOnMinutes: 1 }), defaultTemplate);
    const first = section(doc, 'today')?.blocks[0];
    expect(first?.kind === 'paragraph' ? first.text : '').toMatch(/\b1 (minute|minuto|Minute)\b/);
    expect(first?.kind === 'paragraph' ? first.text : '').not.toMatch(/minutes|minutos|Minuten/);
  });
});

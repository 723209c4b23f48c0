import { describe, expect, it } from 'vitest';
import { composeHandout } from '../../../shared/handout/compose';
import type { HandoutDocument, HandoutStretch } from '../../../shared/handout/document';
import { therapistLibrary } from '../../../shared/handout/library';
import type { ClinicHeader } from '../../../shared/handout/source';
import { handoutCss } from '../../../shared/handout/styles';
import { defaultTemplate, type HandoutTemplate } from '../../../shared/handout/template';
import { handoutTree, type HandoutElement, type HandoutNode } from '../../../shared/handout/tree';
import { sampleSource } from '../../helpers/handout';

const tinyPng =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** What a reader sees of a part of the sheet: its words, in order, with single spaces. */
function textOf(node: HandoutNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join(' ').replace(/\s+/g, ' ').trim();
}

function elements(node: HandoutNode): HandoutElement[] {
  return typeof node === 'string' ? [] : [node, ...node.children.flatMap(elements)];
}

function withClass(root: HandoutElement, name: string): HandoutElement[] {
  return elements(root).filter((element) => element.attrs.class?.split(' ').includes(name));
}

/** A class the stylesheet draws; a section's own modifier may add nothing to the shared section style. */
function styledBySheet(classes: string | undefined): boolean {
  const names = classes?.split(' ') ?? [];
  return names.length > 0 && names.every((name) => name !== '' && (/^handout__section--/.test(name) || handoutCss.includes(`.${name}`)));
}

function sheet(doc: HandoutDocument, largePrint = false): HandoutElement {
  return handoutTree(doc, { largePrint });
}

const withOwnStretch = therapistLibrary({
  hiddenStretchIds: [],
  customStretches: [
    { id: 'custom-stair', name: 'Stair calf drop', regions: ['calves'], steps: ['Stand on a step.', 'Let your heels sink.'], holdSeconds: 30, repetitions: 1, perSide: false, caution: 'Hold the rail.' },
  ],
});

describe('the printed sheet, as the client reads it', () => {
  it('prints every section once, in order, with the follow-up and the note together in the closing box at the end', () => {
    const doc = composeHandout(sampleSource(), defaultTemplate);
    const article = sheet(doc);
    const headings = elements(article).filter((element) => element.tag === 'h2').map(textOf);
    expect(headings).toEqual(doc.sections.map((section) => section.heading));
    const closing = withClass(article, 'handout__closing');
    expect(closing).toHaveLength(1);
    expect(article.children.at(-1)).toBe(closing[0]);
    expect(elements(closing[0]!).filter((element) => element.tag === 'h2').map(textOf)).toEqual(['When to come back', 'A note from your therapist']);
  });

  it('draws no closing box when the template prints neither the follow-up nor the note', () => {
    const template: HandoutTemplate = { ...defaultTemplate, sections: { ...defaultTemplate.sections, followUp: false, note: false } };
    expect(withClass(sheet(composeHandout(sampleSource(), template)), 'handout__closing')).toEqual([]);
  });

  it('opens with the clinic header, the title, the date and therapist, then the template’s opening lines', () => {
    const template: HandoutTemplate = { ...defaultTemplate, introLines: ['Thank you for coming in today.', 'Call us with any question.'] };
    const doc = composeHandout(sampleSource({ clinic: { name: 'Stillwater Bodywork', contact: '12 Elm Street', logo: tinyPng } }), template);
    const opening = sheet(doc).children.slice(0, 5);
    expect(opening.map((node) => (typeof node === 'string' ? 'text' : node.tag))).toEqual(['header', 'h1', 'p', 'p', 'p']);
    expect(opening.map(textOf)).toEqual([
      'Stillwater Bodywork 12 Elm Street',
      'Aftercare for Maria Okafor',
      'Sunday, 22 November 2026 · Your therapist: Sam Lee',
      'Thank you for coming in today.',
      'Call us with any question.',
    ]);
  });

  it('gives only the date under the title when no therapist is named', () => {
    const doc = composeHandout(sampleSource({ therapist: undefined }), defaultTemplate);
    expect(withClass(sheet(doc), 'handout__meta').map(textOf)).toEqual(['Sunday, 22 November 2026']);
  });

  it('puts each area’s name in bold before what was done there', () => {
    const doc = composeHandout(sampleSource(), defaultTemplate);
    const today = withClass(sheet(doc), 'handout__section--today')[0]!;
    const lines = elements(today).filter((element) => element.tag === 'li');
    expect(lines.map(textOf)[0]).toBe('Neck: Kneading and direct pressure on knots (trigger points), firm (7 of 10) pressure; you said the pressure felt just right.');
    expect(lines.map((line) => elements(line).find((element) => element.tag === 'strong')).map((bold) => bold && textOf(bold))).toEqual([
      'Neck:',
      'Shoulders:',
      'Lower back:',
    ]);
  });

  it('a stretches section emptied in the editor keeps its tips and draws no empty strip of cards', () => {
    const doc = composeHandout(sampleSource(), defaultTemplate);
    const emptied = { ...doc, sections: doc.sections.map((section) => (section.id === 'stretches' ? { ...section, stretches: [] } : section)) };
    const stretches = withClass(sheet(emptied), 'handout__section--stretches')[0]!;
    expect(textOf(stretches)).toMatch(/^Stretches for the areas we worked Move into each stretch slowly/);
    expect(withClass(stretches, 'stretches')).toEqual([]);
  });

  it('shows a list’s title above its items', () => {
    const doc = composeHandout(sampleSource(), defaultTemplate);
    const care = withClass(sheet(doc), 'handout__section--care')[0]!;
    expect(withClass(care, 'handout__list-title').map(textOf)).toEqual(['Do', 'Avoid', 'Heat or cold']);
    expect(textOf(withClass(care, 'handout__list')[0]!)).toMatch(/^Do Drink/);
  });

  it('shows each stretch with its drawing, name, dose, numbered steps and caution; one of the therapist’s own has no drawing', () => {
    const doc = composeHandout(sampleSource({ areasWorked: [{ region: 'calves', techniques: [] }] }), defaultTemplate, { library: withOwnStretch });
    const cards = withClass(sheet(doc), 'stretch');
    const own = cards.find((card) => textOf(card).startsWith('Stair calf drop'))!;
    expect(textOf(own)).toBe('Stair calf drop Hold for 30 seconds, once. Stand on a step. Let your heels sink. Hold the rail.');
    expect(elements(own).filter((element) => element.tag === 'ol').map((list) => list.children.length)).toEqual([2]);
    expect(elements(own).some((element) => element.tag === 'img')).toBe(false);
    const builtIn = cards.find((card) => card !== own)!;
    const drawing = elements(builtIn).find((element) => element.tag === 'img');
    const name = doc.sections.find((section) => section.id === 'stretches')?.stretches?.find((stretch: HandoutStretch) => stretch.id !== 'custom-stair')?.name;
    expect(drawing?.attrs).toMatchObject({ alt: `Drawing: ${name}` });
    expect(drawing?.attrs.src).toMatch(/^data:image\/svg\+xml,/);
  });

  it('every box, heading and line is drawn in the handout’s own style, in normal and large print', () => {
    const doc = composeHandout(
      sampleSource({ areasWorked: [{ region: 'calves', techniques: ['petrissage'], pressure: 4 }], clinic: { name: 'Stillwater Bodywork', contact: '555 0100', logo: tinyPng } }),
      { ...defaultTemplate, introLines: ['Thank you for coming in today.'] },
      { library: withOwnStretch },
    );
    for (const largePrint of [false, true]) {
      const styled = elements(sheet(doc, largePrint)).filter((element) => !['ul', 'li', 'strong'].includes(element.tag));
      const unstyled = styled.filter((element) => !styledBySheet(element.attrs.class));
      expect(unstyled.map((element) => `${element.tag} "${element.attrs.class ?? ''}"`)).toEqual([]);
    }
    expect(sheet(doc, true).attrs.class).toBe('handout handout--large');
  });
});

describe('the clinic header', () => {
  const header = (clinic: ClinicHeader) => withClass(sheet(composeHandout(sampleSource({ clinic }), defaultTemplate)), 'handout__clinic');

  it('puts the contact lines on one line, leaving out blank ones', () => {
    expect(header({ name: 'Stillwater Bodywork', contact: ' 12 Elm Street \n   \n555 0100 ' }).map(textOf)).toEqual(['Stillwater Bodywork 12 Elm Street · 555 0100']);
  });

  it('is there for a logo alone, a name alone or a contact alone, and not at all without any', () => {
    const logoOnly = header({ logo: tinyPng });
    expect(logoOnly).toHaveLength(1);
    expect(elements(logoOnly[0]!).find((element) => element.tag === 'img')?.attrs).toMatchObject({ src: tinyPng, alt: 'Clinic logo' });
    expect(elements(logoOnly[0]!).filter((element) => element.tag === 'p')).toEqual([]);
    expect(header({ name: 'Stillwater Bodywork' }).map(textOf)).toEqual(['Stillwater Bodywork']);
    expect(header({ contact: '555 0100' }).map(textOf)).toEqual(['555 0100']);
    expect(header({})).toEqual([]);
    expect(header({ contact: ' \n ' })).toEqual([]);
  });

  it('describes the logo by the clinic’s name for a screen reader', () => {
    const logo = elements(header({ name: 'Stillwater Bodywork', logo: tinyPng })[0]!).find((element) => element.tag === 'img');
    expect(logo?.attrs.alt).toBe('Stillwater Bodywork logo');
  });
});

import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { translator, type Translator } from '../i18n/translate';
import { stretchDiagramSvg } from './content/stretch';
import { longDate } from './dates';
import type { HandoutBlock, HandoutDocument, HandoutSection, HandoutStretch, PrintOptions, SectionId } from './document';

/**
 * The handout as a small element tree. The print HTML and the in-app preview
 * are both drawn from this one tree, so they cannot drift apart. Text stays
 * text: each renderer escapes it (the HTML writer) or hands it to React.
 */
export type HandoutTag =
  | 'article' | 'header' | 'div' | 'section' | 'h1' | 'h2' | 'h3' | 'p' | 'ul' | 'ol' | 'li' | 'strong' | 'img';

export interface HandoutAttrs {
  class?: string;
  lang?: string;
  src?: string;
  alt?: string;
}

export interface HandoutElement {
  tag: HandoutTag;
  attrs: HandoutAttrs;
  children: HandoutNode[];
}

export type HandoutNode = string | HandoutElement;

function el(tag: HandoutTag, attrs: HandoutAttrs, ...children: (HandoutNode | null | undefined | false)[]): HandoutElement {
  return { tag, attrs, children: children.filter((child): child is HandoutNode => child !== null && child !== undefined && child !== false) };
}

/** "Hold for 20 seconds, twice on each side." */
export function stretchDose(stretch: Pick<HandoutStretch, 'holdSeconds' | 'repetitions' | 'perSide'>, language: Language = DEFAULT_LANGUAGE): string {
  return translator(language).text('handout.stretches.dose', {
    seconds: stretch.holdSeconds,
    times: stretch.repetitions,
    perSide: stretch.perSide ? 'yes' : 'no',
  });
}

export function diagramDataUrl(stretch: HandoutStretch): string | null {
  if (!stretch.diagram) return null;
  return `data:image/svg+xml,${encodeURIComponent(stretchDiagramSvg(stretch.diagram, stretch.name))}`;
}

function blockTree(block: HandoutBlock, words: Translator): HandoutElement {
  if (block.kind === 'paragraph') return el('p', { class: 'handout__text' }, block.text);
  return el(
    'div',
    { class: 'handout__list' },
    block.title ? el('h3', { class: 'handout__list-title' }, block.title) : null,
    el(
      'ul',
      {},
      ...block.items.map((item) => el('li', {}, item.label ? el('strong', {}, `${item.label}${words.text('handout.punctuation.label')}`) : null, item.text)),
    ),
  );
}

function stretchTree(stretch: HandoutStretch, words: Translator): HandoutElement {
  const diagram = diagramDataUrl(stretch);
  return el(
    'section',
    { class: diagram ? 'stretch' : 'stretch stretch--no-diagram' },
    diagram ? el('img', { class: 'stretch__diagram', src: diagram, alt: words.text('handout.stretches.drawing', { name: stretch.name }) }) : null,
    el(
      'div',
      { class: 'stretch__body' },
      el('h3', { class: 'stretch__name' }, stretch.name),
      el('p', { class: 'stretch__dose' }, stretchDose(stretch, words.language)),
      el('ol', { class: 'stretch__steps' }, ...stretch.steps.map((step) => el('li', {}, step))),
      stretch.caution ? el('p', { class: 'stretch__caution' }, stretch.caution) : null,
    ),
  );
}

function sectionTree(section: HandoutSection, words: Translator): HandoutElement {
  return el(
    'section',
    { class: `handout__section handout__section--${section.id}` },
    el('h2', { class: 'handout__heading' }, section.heading),
    ...section.blocks.map((block) => blockTree(block, words)),
    // One card per stretch; a page may end between any two cards.
    section.stretches && section.stretches.length > 0 ? el('div', { class: 'stretches' }, ...section.stretches.map((stretch) => stretchTree(stretch, words))) : null,
  );
}

function headerTree(doc: HandoutDocument, words: Translator): HandoutElement | null {
  const contactLines = (doc.clinicContact ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  if (!doc.logo && !doc.clinicName && contactLines.length === 0) return null;
  return el(
    'header',
    { class: 'handout__clinic' },
    doc.logo ? el('img', { class: 'handout__logo', src: doc.logo, alt: doc.clinicName ? words.text('handout.logo.named', { clinic: doc.clinicName }) : words.text('handout.logo.anonymous') }) : null,
    el(
      'div',
      { class: 'handout__clinic-text' },
      doc.clinicName ? el('p', { class: 'handout__clinic-name' }, doc.clinicName) : null,
      contactLines.length > 0 ? el('p', { class: 'handout__contact' }, contactLines.join(' · ')) : null,
    ),
  );
}

/** When to come back and the therapist's note close the sheet together, in one framed place the client can find. */
const closingSections: readonly SectionId[] = ['followUp', 'note'];

export function handoutTree(doc: HandoutDocument, options: Pick<PrintOptions, 'largePrint'>): HandoutElement {
  const language = doc.language ?? DEFAULT_LANGUAGE;
  const words = translator(language);
  const meta = [longDate(doc.date, language), doc.therapist ? words.text('handout.meta.therapist', { name: doc.therapist }) : null]
    .filter(Boolean)
    .join(' · ');
  const body = doc.sections.filter((section) => !closingSections.includes(section.id));
  const closing = doc.sections.filter((section) => closingSections.includes(section.id));
  return el(
    'article',
    { class: options.largePrint ? 'handout handout--large' : 'handout', lang: language },
    headerTree(doc, words),
    el('h1', { class: 'handout__title' }, doc.title),
    el('p', { class: 'handout__meta' }, meta),
    ...doc.intro.map((line) => el('p', { class: 'handout__intro' }, line)),
    ...body.map((section) => sectionTree(section, words)),
    closing.length > 0 ? el('div', { class: 'handout__closing' }, ...closing.map((section) => sectionTree(section, words))) : null,
  );
}

import type { Language } from '../i18n/languages';
import { translator, type Translator } from '../i18n/translate';
import {
  doAndAvoid,
  followUpAdvice,
  painJournal,
  stretchTips,
  whatToExpect,
  whenToCallDoctor,
} from './content/aftercare-text';
import { stretchesForRegions, stretchWords } from './content/stretches';
import { areaPressureWords, responseWords, techniqueWords } from './client-words';
import { clinicLanguage, customStretchWordsIn, headerIn, introIn } from './clinic-texts';
import { dateAndTime } from './dates';
import { sectionIds, type HandoutBlock, type HandoutDocument, type HandoutItem, type HandoutSection, type HandoutStretch, type SectionId } from './document';
import { therapistLibrary, type LibraryStretch } from './library';
import type { AreaWorked, HandoutSource } from './source';
import type { HandoutTemplate } from './template';

export interface ComposeOptions {
  /** The therapist's stretch library; the built-in one when left out. */
  library?: readonly LibraryStretch[];
}

/** Text that is only whitespace counts as not given. */
function given(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

function upperFirst(text: string): string {
  return `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}`;
}

/** "Neck: kneading and friction, firm (7 of 10) pressure; you said the pressure felt just right." */
function areaLine(area: AreaWorked, words: Translator): HandoutItem | null {
  const language = words.language;
  const techniques = [...new Set(area.techniques)].map((technique) => techniqueWords(technique, language));
  const how: string[] = [];
  if (techniques.length > 0) how.push(words.joinAnd(techniques));
  if (area.pressure) how.push(areaPressureWords(area.pressure, language));
  const parts = how.length > 0 ? [how.join(', ')] : [];
  if (area.response) parts.push(responseWords(area.response, language));
  if (parts.length === 0) return null;
  return { label: words.text(`regions.label.${area.region}`), text: `${upperFirst(parts.join(words.text('handout.punctuation.clauses')))}.` };
}

function painLine(before: number | undefined, after: number | undefined, words: Translator): string | undefined {
  if (before !== undefined && after !== undefined) return words.text('handout.today.painBoth', { before, after });
  if (before !== undefined) return words.text('handout.today.painBefore', { before });
  if (after !== undefined) return words.text('handout.today.painAfter', { after });
  return undefined;
}

function todaySection(source: HandoutSource, words: Translator): HandoutBlock[] {
  const blocks: HandoutBlock[] = [];
  const regions = [...new Set(source.areasWorked.map((area) => area.region))];
  const minutes = source.handsOnMinutes;
  if (regions.length > 0) {
    const areas = words.joinAnd(regions.map((region) => words.text(`regions.inText.${region}`)));
    const text = minutes ? words.text('handout.today.workedFor', { areas, minutes }) : words.text('handout.today.worked', { areas });
    blocks.push({ kind: 'paragraph', text });
  } else if (minutes) {
    blocks.push({ kind: 'paragraph', text: words.text('handout.today.handsOnOnly', { minutes }) });
  }
  const items = source.areasWorked.map((area) => areaLine(area, words)).filter((item): item is HandoutItem => item !== null);
  if (items.length > 0) blocks.push({ kind: 'list', items });
  const pain = painLine(source.painBefore, source.painAfter, words);
  if (pain) blocks.push({ kind: 'paragraph', text: pain });
  return blocks;
}

function expectSection(source: HandoutSource): HandoutBlock[] {
  const expect = whatToExpect({ deepWork: source.deepWork }, source.language);
  return [
    { kind: 'paragraph', text: expect.summary },
    { kind: 'list', items: [{ ...expect.goodSore }, { ...expect.badSore }] },
    { kind: 'paragraph', text: expect.easing },
  ];
}

function careSection(source: HandoutSource, stretchesOnSheet: boolean): { heading: string; blocks: HandoutBlock[] } {
  const care = doAndAvoid({ deepWork: source.deepWork, stretchesOnSheet }, source.language);
  return {
    heading: care.heading,
    blocks: [
      { kind: 'list', title: care.toDoTitle, items: care.toDo.map((text) => ({ text })) },
      { kind: 'list', title: care.toAvoidTitle, items: care.toAvoid.map((text) => ({ text })) },
      { kind: 'list', title: care.heatAndColdTitle, items: care.heatAndCold.map((item) => ({ ...item })) },
    ],
  };
}

/**
 * A copy of a library stretch for one handout, in the handout's language, so
 * later library edits leave it alone. A built-in stretch takes its words from
 * the catalog; a custom one from the clinic's version for that language, else its own.
 */
export function handoutStretch(stretch: LibraryStretch, language: Language = 'en', clinicDefault: Language = 'en'): HandoutStretch {
  const words = (!stretch.custom && stretchWords(stretch.id, language)) || customStretchWordsIn(stretch, language, clinicDefault);
  const copy: HandoutStretch = {
    id: stretch.id,
    name: words.name,
    steps: [...words.steps],
    holdSeconds: stretch.holdSeconds,
    repetitions: stretch.repetitions,
    perSide: stretch.perSide,
  };
  if (words.caution) copy.caution = words.caution;
  if (stretch.diagram) copy.diagram = structuredClone(stretch.diagram);
  return copy;
}

function doctorSection(source: HandoutSource): HandoutBlock[] {
  const doctor = whenToCallDoctor(source.cautions, source.language);
  const blocks: HandoutBlock[] = [
    { kind: 'paragraph', text: doctor.intro },
    { kind: 'list', items: doctor.signs.map((text) => ({ text })) },
  ];
  if (doctor.beforeNextSession.length > 0) {
    blocks.push({ kind: 'list', title: doctor.beforeNextSessionHeading, items: doctor.beforeNextSession.map((text) => ({ text })) });
  }
  return blocks;
}

/** The next booking, or a line to write it on by hand: the client always finds the place for it. */
function appointmentLine(source: HandoutSource, words: Translator): HandoutItem {
  const label = words.text('handout.followUp.appointmentLabel');
  if (!source.nextAppointment) return { label, text: words.text('handout.followUp.appointmentBlank') };
  const { date, time } = dateAndTime(source.nextAppointment, source.language);
  return { label, text: time ? words.text('handout.followUp.appointment', { date, time }) : `${date}.` };
}

function followUpSection(source: HandoutSource, words: Translator): HandoutBlock[] {
  const items: HandoutItem[] = [appointmentLine(source, words)];
  if (source.followUpPlan) {
    const advice = followUpAdvice(source.followUpPlan, source.language);
    items.push({ label: advice.title, text: advice.advice });
  }
  items.push(painJournal(source.language));
  return [{ kind: 'list', items }];
}

function noteSection(note: string | undefined): HandoutBlock[] {
  if (!note) return [];
  return note
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((text) => ({ kind: 'paragraph', text }));
}

/** Writes the handout for one client and session, in the source's language, from the template's choice of sections. */
export function composeHandout(source: HandoutSource, template: HandoutTemplate, options: ComposeOptions = {}): HandoutDocument {
  const library = options.library ?? therapistLibrary({ hiddenStretchIds: [], customStretches: [] });
  const words = translator(source.language);
  const clinicDefault = clinicLanguage(source.clinic);
  const clientName = given(source.clientName);
  const regions = source.areasWorked.map((area) => area.region);
  // Chosen first: the care advice points to the stretches only when the sheet prints some.
  const stretches = template.sections.stretches ? stretchesForRegions(regions, template.stretchLimit, library) : [];

  const build: Record<SectionId, () => HandoutSection | null> = {
    today: () => ({ id: 'today', heading: words.text('handout.today.heading'), blocks: todaySection(source, words) }),
    expect: () => ({ id: 'expect', heading: words.text('handout.expect.heading'), blocks: expectSection(source) }),
    care: () => ({ id: 'care', ...careSection(source, stretches.length > 0) }),
    stretches: () => {
      if (stretches.length === 0) return null;
      return {
        id: 'stretches',
        heading: words.text('handout.stretches.heading'),
        blocks: [{ kind: 'list', items: stretchTips(source.language).map((text) => ({ text })) }],
        stretches: stretches.map((stretch) => handoutStretch(stretch, source.language, clinicDefault)),
      };
    },
    doctor: () => ({ id: 'doctor', heading: words.text('handout.doctor.heading'), blocks: doctorSection(source) }),
    followUp: () => ({ id: 'followUp', heading: words.text('handout.followUp.heading'), blocks: followUpSection(source, words) }),
    note: () => ({ id: 'note', heading: words.text('handout.note.heading'), blocks: noteSection(given(source.note)) }),
  };

  const sections = sectionIds
    .filter((id) => template.sections[id])
    .map((id) => build[id]())
    .filter((section): section is HandoutSection => section !== null && (section.blocks.length > 0 || (section.stretches?.length ?? 0) > 0));

  const document: HandoutDocument = {
    language: source.language,
    title: clientName ? words.text('handout.title.named', { name: clientName }) : words.text('handout.title.anonymous'),
    date: source.date,
    intro: introIn(template, source.language, clinicDefault).map((line) => line.trim()).filter(Boolean),
    sections,
  };
  if (clientName) document.clientName = clientName;
  const therapist = given(source.therapist);
  if (therapist) document.therapist = therapist;
  const header = headerIn(source.clinic, source.language);
  const clinicName = given(header.name);
  if (clinicName) document.clinicName = clinicName;
  const clinicContact = given(header.contact);
  if (clinicContact) document.clinicContact = clinicContact;
  if (source.clinic.logo) document.logo = source.clinic.logo;
  return document;
}

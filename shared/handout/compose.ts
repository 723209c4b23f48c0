import { regionLabel } from '../body/regions';
import {
  doAndAvoid,
  followUp,
  followUpHeading,
  painJournal,
  stretchTips,
  whatToExpect,
  whenToCallDoctor,
} from './content/aftercare-text';
import { stretchesForRegions } from './content/stretches';
import { longDateTime } from './dates';
import type { HandoutBlock, HandoutDocument, HandoutItem, HandoutSection, HandoutStretch, SectionId } from './document';
import { sectionNames } from './document';
import { therapistLibrary, type LibraryStretch } from './library';
import { pressureWords, responseWords, techniqueWords } from './client-words';
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

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "Neck: kneading and friction, firm (7 of 10) pressure; you said the pressure felt just right." */
function areaLine(area: AreaWorked): HandoutItem | null {
  const techniques = [...new Set(area.techniques)].map((technique) => techniqueWords[technique]);
  const how: string[] = [];
  if (techniques.length > 0) how.push(joinWords(techniques));
  if (area.pressure) how.push(`${pressureWords(area.pressure)} pressure`);
  const parts = how.length > 0 ? [how.join(', ')] : [];
  if (area.response) parts.push(responseWords[area.response]);
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return { label: regionLabel(area.region), text: `${text.charAt(0).toUpperCase()}${text.slice(1)}.` };
}

function painLine(before: number | undefined, after: number | undefined): string | undefined {
  if (before !== undefined && after !== undefined) {
    return `You rated your pain ${before} out of 10 before the session and ${after} out of 10 after it.`;
  }
  if (before !== undefined) return `You rated your pain ${before} out of 10 before the session.`;
  if (after !== undefined) return `You rated your pain ${after} out of 10 after the session.`;
  return undefined;
}

function todaySection(source: HandoutSource): HandoutBlock[] {
  const blocks: HandoutBlock[] = [];
  const regions = [...new Set(source.areasWorked.map((area) => area.region))];
  const duration = source.handsOnMinutes ? ` for about ${source.handsOnMinutes} minutes` : '';
  if (regions.length > 0) {
    const names = regions.map((region) => lowerFirst(regionLabel(region)));
    blocks.push({ kind: 'paragraph', text: `Today we worked on your ${joinWords(names)}${duration}.` });
  } else if (duration) {
    blocks.push({ kind: 'paragraph', text: `Today's hands-on work lasted about ${source.handsOnMinutes} minutes.` });
  }
  const items = source.areasWorked.map(areaLine).filter((item): item is HandoutItem => item !== null);
  if (items.length > 0) blocks.push({ kind: 'list', items });
  const pain = painLine(source.painBefore, source.painAfter);
  if (pain) blocks.push({ kind: 'paragraph', text: pain });
  return blocks;
}

function expectSection(source: HandoutSource): HandoutBlock[] {
  const expect = whatToExpect({ deepWork: source.deepWork });
  return [
    { kind: 'paragraph', text: expect.summary },
    { kind: 'list', items: [{ ...expect.goodSore }, { ...expect.badSore }] },
    { kind: 'paragraph', text: expect.easing },
  ];
}

function careSection(source: HandoutSource): { heading: string; blocks: HandoutBlock[] } {
  const care = doAndAvoid({ deepWork: source.deepWork });
  return {
    heading: care.heading,
    blocks: [
      { kind: 'list', title: 'Do', items: care.toDo.map((text) => ({ text })) },
      { kind: 'list', title: 'Avoid', items: care.toAvoid.map((text) => ({ text })) },
      { kind: 'list', title: 'Heat or cold', items: care.heatAndCold.map((item) => ({ ...item })) },
    ],
  };
}

/** A copy of a library stretch for one handout, so later library edits leave it alone. */
export function handoutStretch(stretch: LibraryStretch): HandoutStretch {
  const copy: HandoutStretch = {
    id: stretch.id,
    name: stretch.name,
    steps: [...stretch.steps],
    holdSeconds: stretch.holdSeconds,
    repetitions: stretch.repetitions,
    perSide: stretch.perSide,
  };
  if (stretch.caution) copy.caution = stretch.caution;
  if (stretch.diagram) copy.diagram = structuredClone(stretch.diagram);
  return copy;
}

function doctorSection(source: HandoutSource): HandoutBlock[] {
  const doctor = whenToCallDoctor(source.cautions);
  const blocks: HandoutBlock[] = [
    { kind: 'paragraph', text: doctor.intro },
    { kind: 'list', items: doctor.signs.map((text) => ({ text })) },
  ];
  if (doctor.beforeNextSession.length > 0) {
    blocks.push({ kind: 'list', title: doctor.beforeNextSessionHeading, items: doctor.beforeNextSession.map((text) => ({ text })) });
  }
  return blocks;
}

function followUpSection(source: HandoutSource): HandoutBlock[] {
  const items: HandoutItem[] = [];
  if (source.followUpPlan) {
    const advice = followUp[source.followUpPlan];
    items.push({ label: advice.title, text: advice.advice });
  }
  if (source.nextAppointment) items.push({ label: 'Your next appointment', text: `${longDateTime(source.nextAppointment)}.` });
  items.push({ ...painJournal });
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

/** Writes the handout for one client and session, from the template's choice of sections. */
export function composeHandout(source: HandoutSource, template: HandoutTemplate, options: ComposeOptions = {}): HandoutDocument {
  const library = options.library ?? therapistLibrary({ hiddenStretchIds: [], customStretches: [] });
  const clientName = given(source.clientName);
  const regions = source.areasWorked.map((area) => area.region);

  const build: Record<SectionId, () => HandoutSection | null> = {
    today: () => ({ id: 'today', heading: sectionNames.today, blocks: todaySection(source) }),
    expect: () => ({ id: 'expect', heading: sectionNames.expect, blocks: expectSection(source) }),
    care: () => ({ id: 'care', ...careSection(source) }),
    stretches: () => {
      const picked = stretchesForRegions(regions, template.stretchLimit, library);
      if (picked.length === 0) return null;
      return {
        id: 'stretches',
        heading: 'Stretches for the areas we worked',
        blocks: [{ kind: 'list', items: stretchTips.map((text) => ({ text })) }],
        stretches: picked.map(handoutStretch),
      };
    },
    doctor: () => ({ id: 'doctor', heading: sectionNames.doctor, blocks: doctorSection(source) }),
    followUp: () => ({ id: 'followUp', heading: followUpHeading, blocks: followUpSection(source) }),
    note: () => ({ id: 'note', heading: sectionNames.note, blocks: noteSection(given(source.note)) }),
  };

  const sections = (Object.keys(build) as SectionId[])
    .filter((id) => template.sections[id])
    .map((id) => build[id]())
    .filter((section): section is HandoutSection => section !== null && (section.blocks.length > 0 || (section.stretches?.length ?? 0) > 0));

  const document: HandoutDocument = {
    title: clientName ? `Aftercare for ${clientName}` : 'Your aftercare',
    date: source.date,
    intro: template.introLines.map((line) => line.trim()).filter(Boolean),
    sections,
  };
  if (clientName) document.clientName = clientName;
  const therapist = given(source.therapist);
  if (therapist) document.therapist = therapist;
  const clinicName = given(source.clinic.name);
  if (clinicName) document.clinicName = clinicName;
  const clinicContact = given(source.clinic.contact);
  if (clinicContact) document.clinicContact = clinicContact;
  if (source.clinic.logo) document.logo = source.clinic.logo;
  return document;
}

import type { Language } from '../i18n/languages';
import type { StretchDiagram } from './content/stretch';

/**
 * The handout's sections, in print order. The warning signs come before the
 * stretches: a client reads them first, and the stretch cards, which may part
 * at any card, then fill the pages evenly.
 */
export const sectionIds = ['today', 'expect', 'doctor', 'care', 'stretches', 'followUp', 'note'] as const;
export type SectionId = (typeof sectionIds)[number];

/** The sections as the therapist's screens name them (the printed headings come from the handout's catalog). */
export const sectionNames: Readonly<Record<SectionId, string>> = {
  today: 'What we did today',
  expect: 'What to expect',
  care: 'Do and avoid (24-48 hours)',
  stretches: 'Stretches',
  doctor: 'When to call a doctor',
  followUp: 'When to come back',
  note: 'A note from your therapist',
};

/** A list line; a label prints in bold before the text ("Cold: ..."). */
export interface HandoutItem {
  label?: string;
  text: string;
}

export type HandoutBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; title?: string; items: HandoutItem[] };

export interface HandoutStretch {
  /** The library id it came from, so the editor can tell which stretches are already in. */
  id: string;
  name: string;
  steps: string[];
  holdSeconds: number;
  repetitions: number;
  perSide: boolean;
  caution?: string;
  diagram?: StretchDiagram;
}

export interface HandoutSection {
  id: SectionId;
  heading: string;
  blocks: HandoutBlock[];
  /** Only the stretches section has these. */
  stretches?: HandoutStretch[];
}

/**
 * A finished handout, ready to print: every word is decided here, so the
 * session record can keep this copy and reprint it exactly.
 */
export interface HandoutDocument {
  /** Handouts given before languages existed have none: they are English. */
  language?: Language;
  title: string;
  clientName?: string;
  /** YYYY-MM-DD */
  date: string;
  therapist?: string;
  clinicName?: string;
  clinicContact?: string;
  /** A data: URL, or in a given handout's copy "logo:<sha256>" naming the logo kept once in the data folder. */
  logo?: string;
  intro: string[];
  sections: HandoutSection[];
}

export const papers = ['a4', 'letter'] as const;
export type Paper = (typeof papers)[number];

export interface PrintOptions {
  paper: Paper;
  largePrint: boolean;
}

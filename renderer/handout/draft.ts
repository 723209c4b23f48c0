import type { HandoutDocument, HandoutSection, HandoutStretch, SectionId } from '../../shared/handout/document';
import { blocksToText, textToBlocks } from '../../shared/handout/section-text';
import { fitToStretches } from '../../shared/handout/stretch-mentions';

/** A handout being edited before printing: section text as typed, so editing never fights the parser. */
export interface Draft {
  base: HandoutDocument;
  included: SectionId[];
  headings: Partial<Record<SectionId, string>>;
  texts: Partial<Record<SectionId, string>>;
  stretches: HandoutStretch[];
}

export function draftFrom(doc: HandoutDocument): Draft {
  return {
    base: doc,
    included: doc.sections.map((section) => section.id),
    headings: Object.fromEntries(doc.sections.map((section) => [section.id, section.heading])),
    texts: Object.fromEntries(doc.sections.map((section) => [section.id, blocksToText(section.blocks)])),
    stretches: doc.sections.find((section) => section.id === 'stretches')?.stretches ?? [],
  };
}

/** The document to preview and print; sections left with nothing in them are dropped, and so are words about stretches no longer on it. */
export function documentFrom(draft: Draft): HandoutDocument {
  const sections: HandoutSection[] = draft.base.sections
    .filter((section) => draft.included.includes(section.id))
    .map((section) => {
      const heading = draft.headings[section.id]?.trim() || section.heading;
      const blocks = textToBlocks(draft.texts[section.id] ?? '');
      return section.id === 'stretches'
        ? { id: section.id, heading, blocks, stretches: draft.stretches }
        : { id: section.id, heading, blocks };
    })
    .filter((section) => section.blocks.length > 0 || (section.stretches?.length ?? 0) > 0);
  return fitToStretches({ ...draft.base, sections });
}

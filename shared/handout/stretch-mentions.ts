import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { translator } from '../i18n/translate';
import type { HandoutBlock, HandoutDocument, HandoutSection } from './document';

/** The handout's own lines about the stretch cards on the sheet, in its language. */
function stretchLines(language: Language): Set<string> {
  const words = translator(language);
  return new Set([words.text('handout.care.doStretches'), ...words.list('handout.stretches.tips')]);
}

function holdsStretches(sections: readonly HandoutSection[]): boolean {
  return sections.some((section) => (section.stretches?.length ?? 0) > 0);
}

function withoutLines(block: HandoutBlock, lines: Set<string>): HandoutBlock | null {
  if (block.kind === 'paragraph') return lines.has(block.text) ? null : block;
  const items = block.items.filter((item) => !lines.has(item.text));
  if (items.length === block.items.length) return block;
  return items.length > 0 ? { ...block, items } : null;
}

/**
 * A sheet left with no stretch cards (the therapist took them all off) says nothing of
 * "the stretches on this sheet": the handout's lines about them go, and a section left empty goes
 * with them. The therapist's own words stay.
 */
export function fitToStretches(doc: HandoutDocument): HandoutDocument {
  if (holdsStretches(doc.sections)) return doc;
  const lines = stretchLines(doc.language ?? DEFAULT_LANGUAGE);
  const sections = doc.sections
    .map((section) => ({ ...section, blocks: section.blocks.map((block) => withoutLines(block, lines)).filter((block): block is HandoutBlock => block !== null) }))
    .filter((section) => section.blocks.length > 0);
  return { ...doc, sections };
}

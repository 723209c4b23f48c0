import { describe, expect, it } from 'vitest';
import { documentFrom, draftFrom } from '../../../renderer/handout/draft';
import { composeHandout } from '../../../shared/handout/compose';
import type { HandoutDocument } from '../../../shared/handout/document';
import { defaultTemplate } from '../../../shared/handout/template';
import { catalogs } from '../../../shared/i18n/translate';
import { sampleSource } from '../../helpers/handout';

function printedLines(doc: HandoutDocument): string[] {
  return doc.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items.map((item) => item.text))));
}

describe('the handout being edited before printing', () => {
  const composed = composeHandout(sampleSource({ language: 'de' }), defaultTemplate);
  const draft = draftFrom(composed);

  it('speaks of the stretches on the sheet while it holds some', () => {
    expect(printedLines(documentFrom(draft))).toContain(catalogs.de.handout.care.doStretches);
  });

  it('drops the lines about the stretches, and the stretches section, once the therapist has taken every stretch off', () => {
    const emptied = documentFrom({ ...draft, stretches: [] });
    expect(printedLines(emptied)).not.toContain(catalogs.de.handout.care.doStretches);
    expect(emptied.sections.map((section) => section.id)).not.toContain('stretches');
    expect(printedLines(emptied)).toContain(catalogs.de.handout.care.doDeep[0]);
  });

  it('brings them back when a stretch is added again, since the typed text was never changed', () => {
    const emptied = { ...draft, stretches: [] };
    const again = documentFrom({ ...emptied, stretches: draft.stretches.slice(0, 1) });
    expect(printedLines(again)).toContain(catalogs.de.handout.care.doStretches);
    expect(again.sections.find((section) => section.id === 'stretches')?.stretches).toHaveLength(1);
  });

  it('drops them too when the therapist leaves the stretches section out', () => {
    const left = documentFrom({ ...draft, included: draft.included.filter((id) => id !== 'stretches') });
    expect(printedLines(left)).not.toContain(catalogs.de.handout.care.doStretches);
  });
});

import { describe, expect, it } from 'vitest';
import { composeHandout } from '../../../shared/handout/compose';
import { blocksToText, textToBlocks } from '../../../shared/handout/section-text';
import { defaultTemplate } from '../../../shared/handout/template';
import { sampleSource } from '../../helpers/handout';

describe('editing a section as plain text', () => {
  it('gives back every composed section unchanged when the text is not touched', () => {
    for (const section of composeHandout(sampleSource({ cautions: ['fever'] }), defaultTemplate).sections) {
      expect(textToBlocks(blocksToText(section.blocks))).toEqual(section.blocks);
    }
  });

  it('reads paragraphs, titled lists and labelled items the therapist types', () => {
    expect(textToBlocks('Rest well tonight.\n\nAt home:\n- Heat: ten minutes before bed\n- Walk daily\n\n\nSee you soon.')).toEqual([
      { kind: 'paragraph', text: 'Rest well tonight.' },
      { kind: 'list', title: 'At home', items: [{ label: 'Heat', text: 'ten minutes before bed' }, { text: 'Walk daily' }] },
      { kind: 'paragraph', text: 'See you soon.' },
    ]);
  });

  it('turns empty text and empty bullets into nothing at all', () => {
    expect(textToBlocks('  \n\n - \n')).toEqual([]);
  });
});

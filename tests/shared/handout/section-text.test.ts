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

  it('writes an untitled list as its bullets alone, and a titled one under its title', () => {
    expect(blocksToText([{ kind: 'list', items: [{ text: 'Walk daily' }, { label: 'Heat', text: 'ten minutes' }] }])).toBe('- Walk daily\n- Heat: ten minutes');
    expect(blocksToText([{ kind: 'paragraph', text: 'Rest well.' }, { kind: 'list', title: 'At home', items: [{ text: 'Walk daily' }] }])).toBe(
      'Rest well.\n\nAt home:\n- Walk daily',
    );
  });

  it('keeps the blocks in the order they were typed, each list apart from the next', () => {
    expect(textToBlocks('- Walk daily\nRest well.\n- Drink water\n\n- Sleep early\nAt home:\n- Heat')).toEqual([
      { kind: 'list', items: [{ text: 'Walk daily' }] },
      { kind: 'paragraph', text: 'Rest well.' },
      { kind: 'list', items: [{ text: 'Drink water' }] },
      { kind: 'list', items: [{ text: 'Sleep early' }] },
      { kind: 'list', title: 'At home', items: [{ text: 'Heat' }] },
    ]);
  });

  it('takes a line as a list title only when it ends with a colon and a bullet follows', () => {
    expect(textToBlocks('Rest well.\n- Walk daily\n\nSee you soon:\n\nLast words:')).toEqual([
      { kind: 'paragraph', text: 'Rest well.' },
      { kind: 'list', items: [{ text: 'Walk daily' }] },
      { kind: 'paragraph', text: 'See you soon:' },
      { kind: 'paragraph', text: 'Last words:' },
    ]);
  });

  it('tidies stray spaces around titles, labels and their text', () => {
    expect(textToBlocks('At home :\n-   Heat :   ten minutes')).toEqual([{ kind: 'list', title: 'At home', items: [{ label: 'Heat', text: 'ten minutes' }] }]);
  });

  it('reads a label of up to 60 characters; a longer lead-in or a bare colon stays part of the text', () => {
    const sixty = 'A'.repeat(60);
    expect(textToBlocks(`- ${sixty}: ten minutes\n- ${sixty}B: ten minutes\n- : ten minutes`)).toEqual([
      {
        kind: 'list',
        items: [{ label: sixty, text: 'ten minutes' }, { text: `${sixty}B: ten minutes` }, { text: ': ten minutes' }],
      },
    ]);
  });

  it('reads text typed with Windows or old Mac line endings', () => {
    const expected = [{ kind: 'paragraph', text: 'Rest well.' }, { kind: 'list', items: [{ text: 'Walk daily' }] }];
    expect(textToBlocks('Rest well.\r\n\r\n- Walk daily')).toEqual(expected);
    expect(textToBlocks('Rest well.\r\r- Walk daily')).toEqual(expected);
  });
});

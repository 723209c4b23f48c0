import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../../shared/guide/markdown';

const text = (value: string) => ({ kind: 'text', text: value });

describe('each kind of block in the guide', () => {
  it('headings one to four levels deep; five hashes or no space is ordinary text', () => {
    expect(parseMarkdown('#### Keys in the room\n\n##### Too deep\n\n#Tag')).toEqual([
      { kind: 'heading', level: 4, text: 'Keys in the room' },
      { kind: 'paragraph', inlines: [text('##### Too deep')] },
      { kind: 'paragraph', inlines: [text('#Tag')] },
    ]);
    expect(parseMarkdown('A line about # signs')).toEqual([{ kind: 'paragraph', inlines: [text('A line about # signs')] }]);
  });

  it('a code block keeps its lines as written, markup and blank lines included', () => {
    expect(parseMarkdown('Before\n```\nnpm run **dev**\n\n| not a table |\n```\nAfter')).toEqual([
      { kind: 'paragraph', inlines: [text('Before')] },
      { kind: 'code', text: 'npm run **dev**\n\n| not a table |' },
      { kind: 'paragraph', inlines: [text('After')] },
    ]);
  });

  it('reads a guide saved with Windows line endings the same', () => {
    expect(parseMarkdown('# Start\r\n\r\nOne\r\ntwo\rthree')).toEqual([
      { kind: 'heading', level: 1, text: 'Start' },
      { kind: 'paragraph', inlines: [text('One two three')] },
    ]);
  });

  it('a table drops its alignment row, keeps cells with dashes in them, and stops at the first line without a bar', () => {
    expect(parseMarkdown('| Key | Does |\n|:---|---:|\n| - | less |\n| Esc | stops - now |\nAfter')).toEqual([
      {
        kind: 'table',
        header: [[text('Key')], [text('Does')]],
        rows: [
          [[text('-')], [text('less')]],
          [[text('Esc')], [text('stops - now')]],
        ],
      },
      { kind: 'paragraph', inlines: [text('After')] },
    ]);
    expect(parseMarkdown('| a | b')).toEqual([{ kind: 'table', header: [[text('a')], [text('b')]], rows: [] }]);
  });

  it('lists: bullets with - or *, numbers past nine, and an item that runs on to the next line', () => {
    expect(parseMarkdown('* Warm up\n- Work\n\n10. Ten\n11. Eleven\n    and more\nNext paragraph')).toEqual([
      { kind: 'list', ordered: false, items: [[text('Warm up')], [text('Work')]] },
      { kind: 'list', ordered: true, items: [[text('Ten')], [text('Eleven and more')]] },
      { kind: 'paragraph', inlines: [text('Next paragraph')] },
    ]);
    expect(parseMarkdown('-not a bullet\n1.not a number')).toEqual([{ kind: 'paragraph', inlines: [text('-not a bullet 1.not a number')] }]);
  });

  it('a paragraph ends where a heading, picture, code block, table or list begins', () => {
    const blocks = parseMarkdown('Text\n# H\nText\n![p](p.png)\nText\n```\nx\n```\nText\n| t |\nText\n- item\nText\n2. two');
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'image', 'paragraph', 'code', 'paragraph', 'table', 'paragraph', 'list', 'paragraph', 'list']);
  });

  it('a picture line with anything after it is a paragraph; trailing spaces are fine', () => {
    expect(parseMarkdown('![Room](room.png)   ')).toEqual([{ kind: 'image', alt: 'Room', src: 'room.png' }]);
    expect(parseMarkdown('Look: ![Room](room.png)')[0]?.kind).toBe('paragraph');
  });

  it('inline marks: bold, code and links in one line, with the words between kept', () => {
    expect(parseInline('Press **B**, then `Esc` or see [keys](keys.md) now')).toEqual([
      text('Press '),
      { kind: 'strong', text: 'B' },
      text(', then '),
      { kind: 'code', text: 'Esc' },
      text(' or see '),
      { kind: 'link', text: 'keys', href: 'keys.md' },
      text(' now'),
    ]);
    expect(parseInline('**a****b**')).toEqual([{ kind: 'strong', text: 'a' }, { kind: 'strong', text: 'b' }]);
  });

  it('a dash or a number inside a line is just text; an indented bullet still starts a list', () => {
    expect(parseMarkdown('Breathe - then relax\nStep 2. rest\nx- no\n7x. no')).toEqual([{ kind: 'paragraph', inlines: [text('Breathe - then relax Step 2. rest x- no 7x. no')] }]);
    expect(parseMarkdown('Intro\n  - indented\n  12. numbered\n## Next\nMore\n10. ten')).toEqual([
      { kind: 'paragraph', inlines: [text('Intro')] },
      { kind: 'list', ordered: false, items: [[text('indented')], [text('numbered')]] },
      { kind: 'heading', level: 2, text: 'Next' },
      { kind: 'paragraph', inlines: [text('More')] },
      { kind: 'list', ordered: true, items: [[text('ten')]] },
    ]);
  });

  it('a table line whose cells hold only dashes is kept unless it is the alignment row', () => {
    expect(parseMarkdown('| a |\n| --- |\n| - |x')).toEqual([{ kind: 'table', header: [[text('a')]], rows: [[[text('-')], [text('x')]]] }]);
  });
});
